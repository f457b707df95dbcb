import { describe, expect, it } from 'vitest';
import type { ReadMessage } from '../../electron/services/inbox/mime/read-message.js';
import { HandedOver, STORE_BATCH, type HandedMessage } from '../../electron/services/inbox/sync/handed-over.js';
import { MessageAttempts } from '../../electron/services/inbox/sync/message-attempts.js';
import type { MessageOrigin } from '../../electron/services/inbox/sync/worker-protocol.js';

const origin = (uid: number): MessageOrigin => ({ folder: 'INBOX', uidvalidity: '7', uid });
const handed = (uid: number): HandedMessage => ({
  message: { subject: `n° ${uid}` } as ReadMessage,
  origin: origin(uid),
});

/** A store that records each transaction, and can be told to fail the next one. */
function recordingStore() {
  const transactions: { uids: number[]; place: number | null }[] = [];
  const state = { failNext: false };
  const store = (batch: readonly HandedMessage[], place: MessageOrigin | null) => {
    if (state.failNext) {
      state.failNext = false;
      throw new Error('disque plein');
    }
    transactions.push({ uids: batch.map((item) => item.origin.uid), place: place?.uid ?? null });
    return batch.map((item) => item.origin.uid * 10);
  };
  return { transactions, state, store };
}

describe('HandedOver (issue 25 item 4: a batch per transaction, the place with it)', () => {
  it('stores every STORE_BATCH messages, then the rest with the place', () => {
    const { transactions, store } = recordingStore();
    const arrived: number[][] = [];
    const pending = new HandedOver(store, (ids) => arrived.push(ids));
    for (let uid = 1; uid <= STORE_BATCH + 3; uid += 1) pending.add(handed(uid));
    expect(transactions).toEqual([{ uids: Array.from({ length: STORE_BATCH }, (_, index) => index + 1), place: null }]);
    pending.flush(origin(STORE_BATCH + 3));
    expect(transactions[1]).toEqual({
      uids: [STORE_BATCH + 1, STORE_BATCH + 2, STORE_BATCH + 3],
      place: STORE_BATCH + 3,
    });
    expect(arrived.flat()).toHaveLength(STORE_BATCH + 3);
  });

  it('saves a place alone when nothing is pending (an empty folder), and stores nothing for nothing', () => {
    const { transactions, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    pending.flush(null);
    expect(transactions).toEqual([]);
    pending.flush(origin(0));
    expect(transactions).toEqual([{ uids: [], place: 0 }]);
  });

  it('never saves a place past a batch that could not be stored', () => {
    const { transactions, state, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    state.failNext = true;
    for (let uid = 1; uid <= STORE_BATCH; uid += 1) pending.add(handed(uid));
    pending.add(handed(STORE_BATCH + 1));
    expect(() => {
      pending.flush(origin(STORE_BATCH + 1));
    }).toThrow('disque plein');
    // Neither the lost batch's place nor a later one was saved: the thread resumes before them.
    expect(transactions.filter((transaction) => transaction.place !== null)).toEqual([]);
    // Once said, the next step stores as usual.
    pending.add(handed(STORE_BATCH + 2));
    pending.flush(origin(STORE_BATCH + 2));
    expect(transactions.at(-1)).toEqual({ uids: [STORE_BATCH + 2], place: STORE_BATCH + 2 });
  });

  it('refuses the place when the batch that carries it fails', () => {
    const { transactions, state, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    pending.add(handed(1));
    state.failNext = true;
    expect(() => {
      pending.flush(origin(1));
    }).toThrow('disque plein');
    expect(transactions).toEqual([]);
  });
});

describe('MessageAttempts across ranges (issue 27 kept)', () => {
  it('lists only the messages tried twice or more, with how to take them next', () => {
    const attempts = new MessageAttempts();
    expect(attempts.modes('INBOX', '7', [1, 2, 3])).toEqual({});
    attempts.begin(origin(2));
    expect(attempts.modes('INBOX', '7', [1, 2, 3])).toEqual({});
    attempts.begin(origin(2));
    expect(attempts.modes('INBOX', '7', [1, 2, 3])).toEqual({ 2: 'raw' });
    attempts.begin(origin(2));
    expect(attempts.modes('INBOX', '7', [2])).toEqual({ 2: 'headers' });
    // Another UIDVALIDITY is another message.
    expect(attempts.modes('INBOX', '8', [2])).toEqual({});
    attempts.taken(origin(2));
    expect(attempts.modes('INBOX', '7', [2])).toEqual({});
  });
});
