import type { EventBus } from '../../api/common/contract.js';
import { DomainError } from '../../api/common/result.js';
import { HOST_SEAT_NAME } from '../../api/common/schemas/calls.js';
import type { Actor } from '../../api/node/call-context.js';
import type { AuditService } from '../audit/interface.js';
import type { SeatsService } from '../seats/interface.js';

/**
 * A call rings (issue 26 item 1, telephony): the phone system, or `paume appel --de`, names the
 * number and the seat; « Nouvel appel » opens there with the number filled in. A seat that does
 * not exist is refused by name, so that a misconfigured phone system is seen at once, not silently
 * ringing nowhere. Nothing is recorded yet: the call is, once the secretary ends it.
 */
export function ringOn(
  input: { number: string; seat: string },
  actor: Actor,
  deps: { seats: SeatsService; events: EventBus; audit: AuditService },
): { seat: string } {
  const seat = input.seat.trim();
  const known = deps.seats
    .list()
    .seats.filter((candidate) => candidate.revokedAt === null)
    .map((candidate) => candidate.name);
  const isHost = [HOST_SEAT_NAME, 'hote'].includes(seat.toLowerCase());
  if (seat !== '' && !isHost && !known.includes(seat))
    throw new DomainError(
      'NOT_FOUND',
      `Aucun poste ne s’appelle « ${seat} ». Postes : ${[HOST_SEAT_NAME, ...known].map((name) => `« ${name} »`).join(', ')}.`,
      { seat: 'poste inconnu' },
    );
  deps.events.emit('calls.ringing', { number: input.number, seat: isHost ? HOST_SEAT_NAME : seat });
  deps.audit.record({
    userId: actor.userId,
    seat: actor.seat,
    action: 'calls.ring',
    outcome: 'ok',
    detail: `appel entrant ${input.number} signalé ${seat === '' ? 'à tous les postes' : `au poste « ${seat} »`}`,
  });
  return { seat: seat === '' ? 'tous les postes' : isHost ? HOST_SEAT_NAME : seat };
}
