import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/interface.js';
import type { InboxAreaService } from '../inbox/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { UsersService } from '../users/service.js';
import type { SeatsService } from '../seats/interface.js';
import { ringOn } from './ring.js';
import type { CallsService } from './interface.js';
import { createCallsService } from './service.js';
import { createCallsStore } from './store.js';

export function callsArea(
  context: AreaContext,
  needs: {
    inbox: InboxAreaService;
    patients: PatientsService;
    users: UsersService;
    audit: AuditService;
    seats: SeatsService;
  },
): Area<CallsService> {
  const calls = createCallsService({
    store: createCallsStore(context.db),
    ...needs,
    events: context.events,
    clock: context.clock,
  });
  return {
    service: calls,
    handlers: {
      'calls.identify': (input) => calls.identify(input),
      'calls.read': (input) => calls.read(input),
      'calls.record': (input, call) => calls.record(input, actorOf(call)),
      'calls.day': (input) => calls.day(input.day, input.query),
      'calls.firstAid': () => calls.firstAid(),
      'calls.ring': (input, call) =>
        ringOn(input, actorOf(call), { seats: needs.seats, events: context.events, audit: needs.audit }),
      'calls.thisSeat': (_input, call) => ({ seat: call.seat }),
      'calls.setFirstAid': (input, call) => {
        calls.setFirstAid(input.category, input.instructions, actorOf(call));
        return done;
      },
    },
  };
}
