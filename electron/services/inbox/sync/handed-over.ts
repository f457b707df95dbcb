import type { ReadMessage } from '../mime/read-message.js';
import type { MessageOrigin } from './worker-protocol.js';

/** Messages stored per transaction while a step is still being read (the last one also saves the place). */
export const STORE_BATCH = 25;

export interface HandedMessage {
  readonly message: ReadMessage;
  readonly origin: MessageOrigin;
}

/**
 * Stores one batch of messages, and the folder's place when given, in one transaction; answers
 * the ids of the messages new to the inbox.
 */
export type StoreBatch = (batch: readonly HandedMessage[], place: MessageOrigin | null) => number[];

/**
 * The messages a sync thread has handed over and the main thread has not yet stored (issue 25
 * item 4). A batch is stored every STORE_BATCH messages, and when the thread says a step is
 * complete, with its place. A batch that could not be stored is never passed over: the next place
 * is refused, and the thread resumes from the last place saved (the messages stored meanwhile are
 * recognised by their bytes).
 */
export class HandedOver {
  private pending: HandedMessage[] = [];
  private failure: string | null = null;

  constructor(
    private readonly store: StoreBatch,
    private readonly arrived: (ids: number[]) => void,
  ) {}

  add(handed: HandedMessage): void {
    this.pending.push(handed);
    if (this.pending.length >= STORE_BATCH) this.flush(null);
  }

  /** Stores what is pending (with the place, if given); throws if a batch since the last place was lost. */
  flush(place: MessageOrigin | null): void {
    const batch = this.pending.splice(0);
    if (place && this.failure !== null) {
      const failure = this.failure;
      this.failure = null;
      throw new Error(failure);
    }
    if (!batch.length && !place) return;
    try {
      const ids = this.store(batch, place);
      if (ids.length) this.arrived(ids);
    } catch (error) {
      if (place) throw error;
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }
}
