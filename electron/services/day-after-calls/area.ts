import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/interface.js';
import type { InboxAreaService } from '../inbox/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { TheatreService } from '../theatre/interface.js';
import type { UsersService } from '../users/service.js';
import type { DayAfterCallsService } from './interface.js';
import { createDayAfterCallsService } from './service.js';
import { createDayAfterCallsStore } from './store.js';

export function dayAfterCallsArea(
  context: AreaContext,
  needs: {
    theatre: TheatreService;
    patients: PatientsService;
    inbox: InboxAreaService;
    users: UsersService;
    audit: AuditService;
  },
): Area<DayAfterCallsService> {
  const dayAfterCalls = createDayAfterCallsService({
    store: createDayAfterCallsStore(context.db),
    ...needs,
    events: context.events,
    clock: context.clock,
  });
  return {
    service: dayAfterCalls,
    handlers: {
      'dayAfterCalls.list': (input) => dayAfterCalls.list(input.day),
      'dayAfterCalls.record': (input, call) => dayAfterCalls.record(input, actorOf(call)),
      'dayAfterCalls.forPatient': (input) => dayAfterCalls.forPatient(input.patientId),
      'dayAfterCalls.thresholds': () => dayAfterCalls.thresholds(),
      'dayAfterCalls.setThresholds': (input, call) => {
        dayAfterCalls.setThresholds(input, actorOf(call));
        return done;
      },
    },
  };
}
