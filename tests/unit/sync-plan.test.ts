import { describe, expect, it } from 'vitest';
import {
  RANGE_BYTES,
  RANGE_MESSAGES,
  STREAMED_FROM_BYTES,
  planSync,
  uidSet,
  type ListedMessage,
} from '../../electron/services/inbox/sync/sync-plan.js';

const small = (uid: number, size = 20_000): ListedMessage => ({ uid, size });

describe('planSync (issue 25 item 4: the first sync in ranges)', () => {
  it('takes a thousand small messages in ranges of at most RANGE_MESSAGES, every UID once, in order', () => {
    const listed = Array.from({ length: 1_000 }, (_, index) => small(1_000 - index));
    const steps = planSync(listed, {});
    expect(steps.every((step) => step.kind === 'range')).toBe(true);
    const uids = steps.flatMap((step) => (step.kind === 'range' ? step.uids : [step.uid]));
    expect(uids).toEqual(Array.from({ length: 1_000 }, (_, index) => index + 1));
    expect(Math.max(...steps.map((step) => (step.kind === 'range' ? step.uids.length : 1)))).toBe(RANGE_MESSAGES);
  });

  it('bounds a range in bytes as well', () => {
    // Just below the streaming size: a range holds as many as fit in its bytes.
    const size = STREAMED_FROM_BYTES - 1;
    const perRange = Math.floor(RANGE_BYTES / size);
    const steps = planSync(
      Array.from({ length: 10 }, (_, index) => small(index + 1, size)),
      {},
    );
    for (const step of steps)
      if (step.kind === 'range') expect(step.uids.length * size).toBeLessThanOrEqual(RANGE_BYTES);
    expect(steps.every((step) => step.kind === 'range')).toBe(true);
    expect(steps.length).toBe(Math.ceil(10 / perRange));
  });

  it('streams a large message alone, between the ranges around it', () => {
    const steps = planSync([small(1), small(2), small(3, STREAMED_FROM_BYTES), small(4)], {});
    expect(steps).toEqual([
      { kind: 'range', uids: [1, 2] },
      { kind: 'one', uid: 3, mode: 'read' },
      { kind: 'range', uids: [4] },
    ]);
  });

  it('takes a message set aside on its own, with its mode, and keeps the others in ranges', () => {
    const steps = planSync([small(7), small(8), small(9)], { 8: 'raw' });
    expect(steps).toEqual([
      { kind: 'range', uids: [7] },
      { kind: 'one', uid: 8, mode: 'raw' },
      { kind: 'range', uids: [9] },
    ]);
    expect(planSync([small(1)], { 1: 'headers' })).toEqual([{ kind: 'one', uid: 1, mode: 'headers' }]);
  });

  it('plans nothing for nothing', () => {
    expect(planSync([], {})).toEqual([]);
  });
});

describe('uidSet', () => {
  it('writes runs as a:b and lone UIDs alone', () => {
    expect(uidSet([1, 2, 3, 5, 7, 8])).toBe('1:3,5,7:8');
    expect(uidSet([42])).toBe('42');
    expect(uidSet([])).toBe('');
  });
});
