import type { AlertsService } from '../../services/alerts/service.js';
import type { DoctorsService } from '../../services/doctors/service.js';
import type { PatientsService } from '../../services/patients/service.js';
import type { PracticeService } from '../../services/practice/service.js';
import type { PreferencesService } from '../../services/preferences/service.js';
import type { SetupService } from '../../services/setup/service.js';
import type { UsersService } from '../../services/users/service.js';
import type { TheatreService } from '../../services/theatre/service.js';
import type { InboxAreaService } from '../../services/inbox/area.js';
import type { AgendaService } from '../../services/agenda/service.js';
import type { VisitsService } from '../../services/visits/service.js';

/** The areas the demonstration fills, each through its own service. */
export interface DemoServices {
  readonly setup: SetupService;
  readonly practice: PracticeService;
  readonly users: UsersService;
  readonly doctors: DoctorsService;
  readonly patients: PatientsService;
  readonly visits: VisitsService;
  readonly alerts: AlertsService;
  readonly preferences: PreferencesService;
  readonly theatre: TheatreService;
  readonly inbox: InboxAreaService;
  readonly agenda: AgendaService;
}
