import type { ReadMessage } from '../mime/read-message.js';
import type { MessageOrigin } from './worker-protocol.js';

/** Messages stored per transaction; between two transactions the server answers its requests. */
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

type Entry =
  | { readonly kind: 'message'; readonly handed: HandedMessage }
  | { readonly kind: 'place'; readonly origin: MessageOrigin; readonly settle: (error: Error | null) => void };

/**
 * The messages a sync thread has handed over and the main thread has not yet stored (issue 25
 * item 4), in the order they came, with the places the thread reached among them. They are stored
 * STORE_BATCH at a time, a place with the batch that ends at it, one batch per turn of the event
 * loop: messages come from the thread many at once, and storing them all in one go would hold the
 * queue's requests for the whole time. A batch that could not be stored is never passed over: the
 * next place is refused, and the thread resumes from the last place saved (the messages stored
 * meanwhile are recognised by their bytes).
 */
export class HandedOver {
  private readonly entries: Entry[] = [];
  private failure: Error | null = null;
  private scheduled = false;

  constructor(
    private readonly store: StoreBatch,
    private readonly arrived: (ids: number[]) => void,
  ) {}

  add(handed: HandedMessage): void {
    this.entries.push({ kind: 'message', handed });
    this.schedule();
  }

  /** Every message up to this place is handed over: resolves once they and the place are stored. */
  reach(origin: MessageOrigin): Promise<void> {
    return new Promise((resolve, reject) => {
      this.entries.push({ kind: 'place', origin, settle: (error) => (error ? reject(error) : resolve()) });
      this.schedule();
    });
  }

  /** Stores everything pending at once (the thread asks where to resume, or has ended). */
  drain(): void {
    while (this.entries.length) this.storeNext();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.entries.length) return;
      this.storeNext();
      if (this.entries.length) this.schedule();
    });
  }

  /** One transaction: up to STORE_BATCH messages, and the place that follows them if it comes first. */
  private storeNext(): void {
    const batch: HandedMessage[] = [];
    let place: Extract<Entry, { kind: 'place' }> | null = null;
    while (this.entries.length && batch.length < STORE_BATCH) {
      const entry = this.entries.shift() as Entry;
      if (entry.kind === 'place') {
        place = entry;
        break;
      }
      batch.push(entry.handed);
    }
    if (place && this.failure) {
      place.settle(this.failure);
      this.failure = null;
      return;
    }
    try {
      const ids = this.store(batch, place?.origin ?? null);
      if (ids.length) this.arrived(ids);
      place?.settle(null);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (place) place.settle(failure);
      else this.failure = failure;
    }
  }
}
