import type { Audience } from '../lib/event-bus.js';
import type { EventBus, EventName } from '../api/common/contract.js';
import { rolesMayReceive } from '../api/common/event-gates.js';
import { accessRefusal } from '../api/node/dispatcher.js';
import { DomainError, type ApiError } from '../api/common/result.js';
import type { LiveHolder } from '../services/auth/interface.js';
import type { SeatNetwork } from '../services/seats/service.js';
import type { Services } from './areas.js';

/**
 * What the two transports (the Electron window's IPC, the HTTP server) need besides the
 * dispatcher, in one place (issue 21): who receives which event, whether an event stream may
 * stay open, which paired seat calls, and the one body that cannot be a JSON input (a speech
 * model streamed to disk). Everything else goes through the dispatcher.
 */
export interface TransportSeam {
  /**
   * Delivers to one session the events it may receive: nothing while its session is ended or
   * locked (issue 9), an event only to the roles that may read its data (issue 27), a private
   * event (a dictation) only to its owner. The token is read at each
   * event, so a window that logs in or out is followed. Returns the unsubscribe.
   */
  subscribeAs(tokenNow: () => string | null, deliver: (name: EventName, payload: unknown) => void): () => void;
  /** Why an event stream may not open on this token (not logged in, locked), or null. */
  streamRefusal(token: string | null): ApiError | null;
  /**
   * Whether this token is a live, unlocked session, checked in the database: only then may a large
   * request body be read (issue 27 item 1: a forged cookie buys nothing).
   */
  liveSession(token: string | null): boolean;
  /** Whether an open event stream may stay open on this token. */
  streamAllowed(token: string): boolean;
  /** Called whenever sessions end or lock (logout, lock, password change): streams are checked again. */
  onSessionsEnded(listener: () => void): () => void;
  /** The paired seat a seat cookie names, checked before any API call over the practice network. */
  pairedSeat(seatToken: string | undefined): { readonly name: string } | null;
  /** The practice's name, written in the certificate of its network. */
  practiceName(): string;
  /** Where the practice network listens and with which certificate, shown to pair the other seats. */
  announceNetwork(network: SeatNetwork): void;
  /**
   * A model file streamed to disk before the dispatcher installs it: who may send is checked
   * before a byte is read (issue 9). Answers the upload's id, or the refusal.
   */
  receiveModelUpload(
    sessionToken: string | null,
    body: NodeJS.ReadableStream,
  ): Promise<{ ok: true; uploadId: string } | { ok: false; error: ApiError }>;
}

/**
 * Who may receive an event, given the live session a transport holds: a person whose roles may
 * read its data through the API (its gate methods in the contract, issue 27), and, for a private
 * event, only its audience.
 */
export function mayReceive(name: EventName, audience: Audience | null, holder: LiveHolder | null): boolean {
  return (
    holder !== null && rolesMayReceive(name, holder.roles) && (audience === null || audience.userId === holder.userId)
  );
}

export function createTransportSeam(services: Services, events: EventBus): TransportSeam {
  const { auth, seats, dictation } = services;
  const holderOf = (token: string | null): LiveHolder | null => (token === null ? null : auth.liveHolder(token));
  return {
    subscribeAs: (tokenNow, deliver) =>
      events.subscribe((name, payload, audience) => {
        if (mayReceive(name, audience, holderOf(tokenNow()))) deliver(name, payload);
      }),
    streamRefusal(token) {
      const session = auth.resolve(token);
      if (!token || !session) return { code: 'UNAUTHENTICATED', message: 'Vous n’êtes pas connecté.' };
      if (session.locked)
        return { code: 'SESSION_LOCKED', message: 'Le poste est verrouillé : déverrouillez-le d’abord.' };
      return null;
    },
    liveSession(token) {
      const session = token ? auth.resolve(token) : null;
      return session !== null && !session.locked;
    },
    streamAllowed: (token) => auth.streamAllowed(token),
    onSessionsEnded: (listener) => auth.onSessionsEnded(listener),
    pairedSeat: (seatToken) => seats.resolve(seatToken),
    practiceName: () => services.setup.status().practiceName ?? 'cabinet',
    announceNetwork: (network) => {
      seats.useNetwork(network);
    },
    async receiveModelUpload(sessionToken, body) {
      const refusal = accessRefusal('dictation.importUploadedModel', auth.resolve(sessionToken));
      if (refusal) return { ok: false, error: refusal };
      try {
        return { ok: true, uploadId: await dictation.receiveUpload(body) };
      } catch (error) {
        // A file too large or unreadable is a refusal said to the person, as from the dispatcher.
        if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message } };
        throw error;
      }
    },
  };
}
