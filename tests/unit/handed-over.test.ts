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
const turn = () => new Promise((resolve) => setImmediate(resolve));

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

const uidsFrom = (first: number, count: number) => Array.from({ length: count }, (_, index) => first + index);

describe('HandedOver (issue 25 item 4: a batch per transaction, the place with it)', () => {
  it('stores STORE_BATCH messages per turn of the event loop, the last batch with the place', async () => {
    const { transactions, store } = recordingStore();
    const arrived: number[][] = [];
    const pending = new HandedOver(store, (ids) => arrived.push(ids));
    const count = STORE_BATCH * 2 + 3;
    for (let uid = 1; uid <= count; uid += 1) pending.add(handed(uid));
    const stored = pending.reach(origin(count));
    // Nothing is stored in the turn the messages came in: the server's requests go first.
    expect(transactions).toEqual([]);
    await turn();
    expect(transactions).toEqual([{ uids: uidsFrom(1, STORE_BATCH), place: null }]);
    await stored;
    expect(transactions).toEqual([
      { uids: uidsFrom(1, STORE_BATCH), place: null },
      { uids: uidsFrom(STORE_BATCH + 1, STORE_BATCH), place: null },
      { uids: uidsFrom(2 * STORE_BATCH + 1, 3), place: count },
    ]);
    expect(arrived.flat()).toHaveLength(count);
  });

  it('saves a place alone when nothing is pending (an empty folder)', async () => {
    const { transactions, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    await pending.reach(origin(0));
    expect(transactions).toEqual([{ uids: [], place: 0 }]);
  });

  it('never saves a place past a batch that could not be stored', async () => {
    const { transactions, state, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    state.failNext = true;
    for (let uid = 1; uid <= STORE_BATCH + 1; uid += 1) pending.add(handed(uid));
    await expect(pending.reach(origin(STORE_BATCH + 1))).rejects.toThrow('disque plein');
    // No place was saved past the lost batch: the thread resumes before it.
    expect(transactions.filter((transaction) => transaction.place !== null)).toEqual([]);
    // Once said, the next step stores as usual.
    pending.add(handed(STORE_BATCH + 2));
    await pending.reach(origin(STORE_BATCH + 2));
    expect(transactions.at(-1)).toEqual({ uids: [STORE_BATCH + 2], place: STORE_BATCH + 2 });
  });

  it('refuses the place when the batch that carries it fails', async () => {
    const { transactions, state, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    pending.add(handed(1));
    state.failNext = true;
    await expect(pending.reach(origin(1))).rejects.toThrow('disque plein');
    expect(transactions).toEqual([]);
  });

  it('stores everything at once when drained (the thread asks where to resume, or ended)', async () => {
    const { transactions, store } = recordingStore();
    const pending = new HandedOver(store, () => undefined);
    for (let uid = 1; uid <= STORE_BATCH + 1; uid += 1) pending.add(handed(uid));
    const stored = pending.reach(origin(STORE_BATCH + 1));
    pending.drain();
    expect(transactions.map((transaction) => transaction.place)).toEqual([null, STORE_BATCH + 1]);
    await stored;
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
