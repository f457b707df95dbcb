import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AuditService } from '../audit/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/interface.js';
import type { PreferencesService } from '../preferences/service.js';
import type { TheatreService } from '../theatre/interface.js';
import type { DayBeforeCallsService } from './interface.js';
import { createDayBeforeCallsService } from './service.js';
import { createDayBeforeCallsStore } from './store.js';

export function dayBeforeCallsArea(
  context: AreaContext,
  needs: {
    theatre: TheatreService;
    patients: PatientsService;
    preferences: PreferencesService;
    practice: PracticeService;
    audit: AuditService;
  },
): Area<DayBeforeCallsService> {
  const dayBeforeCalls = createDayBeforeCallsService({
    store: createDayBeforeCallsStore(context.db),
    ...needs,
    events: context.events,
    clock: context.clock,
  });
  return {
    service: dayBeforeCalls,
    handlers: {
      'dayBeforeCalls.list': (input, call) => dayBeforeCalls.list(input.day, actorOf(call)),
      'dayBeforeCalls.record': (input, call) => dayBeforeCalls.record(input, actorOf(call)),
      'dayBeforeCalls.forPatient': (input) => dayBeforeCalls.forPatient(input.patientId),
    },
  };
}
