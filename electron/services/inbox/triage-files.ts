import { createReadStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import { streamIntoStore } from '../../lib/content-store.js';
import { fileVault } from '../../lib/file-vault.js';
import { randomBytes } from 'node:crypto';
import { explain, type ExplainDeps } from './intake.js';
import { readMessage } from './mime/read-message.js';
import { defaultProtocol } from './triage/default-protocol.js';
import { compileProtocol, reasonLines } from './triage/engine.js';

export interface TriageLine {
  file: string;
  category: CategoryCode;
  reasons: string[];
  patient: { id: number; evidence: string } | null;
}

/** Without a data folder: the default protocol, and no patient file to match against. */
export function defaultExplainDeps(): Omit<ExplainDeps, 'readStored'> {
  return {
    compiled: compileProtocol(defaultProtocol()),
    lookup: { search: () => [], byEmail: () => [] },
    patientFacts: () => ({ operatedDaysAgo: null, openWorkAccident: false }),
    isKnownDoctor: () => false,
  };
}

/** The .eml files of PATH: the file itself, or those of the folder, in name order. */
export function emlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.eml'))
    .sort()
    .map((name) => join(path, name));
}

/**
 * `paume triage PATH`: each message read and sorted by exactly the code sync uses. Attachments
 * go to a temporary folder (an XDM archive is read from there) that is removed afterwards.
 */
export async function* triageFiles(path: string, deps: Omit<ExplainDeps, 'readStored'>): AsyncGenerator<TriageLine> {
  const scratch = mkdtempSync(join(tmpdir(), 'paume-triage-'));
  // Sealed like the documents store: a message's attachments never lie in clear in /tmp.
  const vault = fileVault(randomBytes(32));
  try {
    for (const file of emlFiles(path)) {
      const message = await readMessage(createReadStream(file), (content) =>
        streamIntoStore(scratch, content, 200 * 1_048_576, vault),
      );
      const { candidates, result } = explain(message, {
        ...deps,
        readStored: (sha256) => vault.openFile(join(scratch, sha256.slice(0, 2), sha256)),
      });
      const patient = candidates.find((candidate) => candidate.strength !== 'weak');
      yield {
        file,
        category: result.category,
        reasons: reasonLines(result.reasons),
        patient: patient ? { id: patient.patient.id, evidence: patient.evidence } : null,
      };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
