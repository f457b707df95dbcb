import type { Area, AreaContext } from '../area.js';
import { done } from '../area.js';
import { createSeatsService, type SeatsService } from './service.js';
import { createSeatsStore } from './store.js';

/** Other seats over the practice network (issue 14): pairing, the list, withdrawal. */
export function seatsArea(context: AreaContext): Area<SeatsService> {
  const seats = createSeatsService({ store: createSeatsStore(context.db), clock: context.clock });
  return {
    service: seats,
    handlers: {
      'seats.list': () => seats.list(),
      'seats.startPairing': (_input, call) => seats.startPairing(call.hostSeat),
      'seats.revoke': ({ id }) => {
        seats.revoke(id);
        return done;
      },
      'seats.claimPairing': (input, call) => seats.claim(input, call.onSeatPaired, call.seat),
    },
  };
}
