import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../api/common/result.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { hostProof, newPairingCode, sameProof, seatProof, shownFingerprint } from '../../lib/pairing-proof.js';
import type { SeatsStore } from './store.js';
import type { SeatsService, SeatNetwork } from './interface.js';

const CODE_LIFETIME_MS = 10 * 60_000;
/** Wrong proofs from every machine together before the code is void. */
const MAX_WRONG_PROOFS = 200;
/** The longest a machine waits after its wrong proofs (2, 4, 8… seconds). */
const MAX_WAIT_S = 300;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Seats over the practice network (issue 14). The host's administrator shows a code (one at a
 * time, ten minutes) and the start of the host's certificate fingerprint, which the seat checks
 * before it proves anything (issue 27 item 7); a machine's wrong tries slow that machine down
 * (2, 4, 8… seconds) instead of voiding the code for everyone; a seat proves it knows it and receives a
 * token (an HttpOnly cookie) naming it in every call and in the access log.
 */
export function createSeatsService(deps: { store: SeatsStore; clock: Clock }): SeatsService {
  const { store, clock } = deps;
  let network: SeatNetwork | null = null;
  let pending: { code: string; expiresAt: number; wrong: number } | null = null;
  /** Wrong proofs per calling machine (its address), for the current code only. */
  const triesBySource = new Map<string, { wrong: number; waitUntil: number }>();

  const requireNetwork = (): SeatNetwork => {
    if (!network)
      throw new DomainError(
        'CONFLICT',
        'Ce poste ne sert pas le réseau du cabinet : démarrez-le avec « paume serve --host ADRESSE » pour accueillir d’autres postes.',
      );
    return network;
  };

  return {
    useNetwork(next: SeatNetwork): void {
      network = next;
    },

    list: () => ({
      network: network ? { urls: [...network.urls], caFingerprint: network.caFingerprint, caPem: network.caPem } : null,
      seats: store.list(),
    }),

    startPairing(hostSeat: boolean): { code: string; expiresAt: string; hostFingerprint: string } {
      const { serverFingerprint } = requireNetwork();
      if (!hostSeat) throw new DomainError('FORBIDDEN', 'Un code d’appairage se demande sur le poste hôte lui-même.');
      const expiresAt = clock() + CODE_LIFETIME_MS;
      pending = { code: newPairingCode(), expiresAt, wrong: 0 };
      triesBySource.clear();
      return {
        code: pending.code,
        expiresAt: new Date(expiresAt).toISOString(),
        hostFingerprint: shownFingerprint(serverFingerprint),
      };
    },

    claim(
      input: { seatName: string; nonce: string; codeProof: string },
      onPaired: ((token: string) => void) | undefined,
      source = '',
    ) {
      const { caPem, serverFingerprint } = requireNetwork();
      // A machine sending wrong proofs waits longer each time; the code stays good for the others.
      const tries = triesBySource.get(source);
      if (tries && clock() < tries.waitUntil)
        throw new DomainError(
          'CONFLICT',
          `Trop d’essais faux depuis ce poste : réessayez dans ${String(Math.ceil((tries.waitUntil - clock()) / 1000))} s.`,
          { codeProof: 'trop d’essais, patientez' },
        );
      const refused = () =>
        new DomainError(
          'INVALID_INPUT',
          'Code d’appairage faux ou expiré : demandez-en un nouveau sur le poste hôte.',
          {
            codeProof: 'code faux ou expiré',
          },
        );
      if (!pending || clock() > pending.expiresAt) throw refused();
      if (!sameProof(seatProof(pending.code, input.nonce), input.codeProof)) {
        const wrong = (tries?.wrong ?? 0) + 1;
        triesBySource.set(source, { wrong, waitUntil: clock() + Math.min(2 ** wrong, MAX_WAIT_S) * 1000 });
        // Many machines guessing together still void it (a 40-bit code is never guessed in 200 tries).
        pending.wrong += 1;
        if (pending.wrong >= MAX_WRONG_PROOFS) pending = null;
        throw refused();
      }
      if (store.activeNamed(input.seatName))
        throw new DomainError('CONFLICT', `Un poste s’appelle déjà « ${input.seatName} » : choisissez un autre nom.`, {
          seatName: 'nom déjà pris',
        });
      const code = pending.code;
      pending = null;
      const token = randomBytes(32).toString('base64url');
      store.insert({ name: input.seatName, tokenHash: hashOf(token), userId: null, now: isoAt(clock) });
      onPaired?.(token);
      return {
        seatName: input.seatName,
        caCertificatePem: caPem,
        serverFingerprint,
        proof: hostProof(code, input.nonce, serverFingerprint),
      };
    },

    /** The seat a token names, or null; when it was last seen is kept to the minute. */
    resolve(token: string | null | undefined): { id: number; name: string } | null {
      if (!token) return null;
      const seat = store.byToken(hashOf(token));
      if (!seat) return null;
      const now = isoAt(clock);
      if (!seat.last_seen_at || seat.last_seen_at.slice(0, 16) !== now.slice(0, 16)) store.seen(seat.id, now);
      return { id: seat.id, name: seat.name };
    },

    revoke(id: number): void {
      if (store.revoke(id, isoAt(clock)) === 0)
        throw new DomainError('NOT_FOUND', 'Poste introuvable ou déjà retiré.', { id: 'poste introuvable' });
    },
  };
}
export type { SeatsService, SeatNetwork } from './interface.js';
