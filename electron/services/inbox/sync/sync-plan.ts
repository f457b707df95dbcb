import type { ReadMode } from './set-aside.js';

/** A message on the server, as the first FETCH of a sync lists it (UID and RFC822.SIZE). */
export interface ListedMessage {
  readonly uid: number;
  readonly size: number;
}

/**
 * How a sync takes the messages it has not yet taken (issue 25 item 4): most go in ranges, one
 * FETCH for up to RANGE_MESSAGES messages; a large message is streamed alone (never whole in the
 * thread's bounded memory), and so is a message set aside after earlier attempts (issue 27).
 */
export type SyncStep =
  | { readonly kind: 'range'; readonly uids: readonly number[] }
  | { readonly kind: 'one'; readonly uid: number; readonly mode: ReadMode };

export const RANGE_MESSAGES = 50;
/** A range's messages arrive whole (imapflow holds each literal): the range is bounded in bytes too. */
export const RANGE_BYTES = 4 * 1_048_576;
/** From this size a message is streamed on its own, as before. */
export const STREAMED_FROM_BYTES = 1_048_576;

export function planSync(messages: readonly ListedMessage[], modes: Readonly<Record<number, ReadMode>>): SyncStep[] {
  const steps: SyncStep[] = [];
  let range: number[] = [];
  let rangeBytes = 0;
  const close = () => {
    if (range.length) steps.push({ kind: 'range', uids: range });
    range = [];
    rangeBytes = 0;
  };
  for (const message of [...messages].sort((a, b) => a.uid - b.uid)) {
    const mode = modes[message.uid] ?? 'read';
    if (mode !== 'read' || message.size >= STREAMED_FROM_BYTES) {
      close();
      steps.push({ kind: 'one', uid: message.uid, mode });
      continue;
    }
    if (range.length >= RANGE_MESSAGES || rangeBytes + message.size > RANGE_BYTES) close();
    range.push(message.uid);
    rangeBytes += message.size;
  }
  close();
  return steps;
}

/** The IMAP sequence set of UIDs: consecutive runs written « a:b ». */
export function uidSet(uids: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let previous: number | null = null;
  for (const uid of uids) {
    if (start !== null && previous !== null && uid === previous + 1) {
      previous = uid;
      continue;
    }
    if (start !== null) parts.push(start === previous ? String(start) : `${start}:${previous}`);
    start = uid;
    previous = uid;
  }
  if (start !== null) parts.push(start === previous ? String(start) : `${start}:${previous}`);
  return parts.join(',');
}
