import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { CategoryCode } from '../../electron/api/common/schemas/inbox-protocol.js';
import type { MessageFacts } from '../../electron/services/inbox/triage/engine.js';
import { sharedPath } from './shared.js';

export interface LabelledMessage {
  readonly set: string;
  readonly file: string;
  readonly expected: CategoryCode;
  readonly facts: MessageFacts;
}

/** labels.tsv of a labelled set: each file's category. */
export function labelsOf(set: 'dev' | 'dev2'): Map<string, CategoryCode> {
  return new Map(
    readFileSync(join(sharedPath('mail', set), 'labels.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, CategoryCode]),
  );
}

/** The labelled sets of ../shared/mail, read into what the protocol is given (as `paume triage` does, less the patient file). */
export async function labelledMail(set: 'dev' | 'dev2'): Promise<LabelledMessage[]> {
  const dir = sharedPath('mail', set);
  const labels = labelsOf(set);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(readFileSync(join(dir, file)));
      const subject = parsed.subject ?? '';
      const to = Array.isArray(parsed.to)
        ? parsed.to.map((address) => address.text).join(', ')
        : (parsed.to?.text ?? '');
      return {
        set,
        file,
        expected: labels.get(file) as CategoryCode,
        facts: {
          subject,
          body: parsed.text ?? '',
          isReply: /^\s*(re|aw|réf)\s*:/i.test(subject),
          photoNames: parsed.attachments
            .filter((file_) => file_.contentType.startsWith('image/'))
            .map((file_) => file_.filename ?? 'photo'),
          sender: 'unknown',
          operatedDaysAgo: null,
          openWorkAccident: false,
          sentAt: parsed.date?.toISOString() ?? null,
          practice: [to],
        },
      };
    }),
  );
}
