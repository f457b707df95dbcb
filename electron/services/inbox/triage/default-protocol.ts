import { readFileSync } from 'node:fs';
import { protocolSchema, type TriageProtocol } from '../../../api/common/schemas/inbox-protocol.js';
import { packagePath } from '../../../lib/package-path.js';

/**
 * The protocol a practice starts from: ../shared/triage/categories.md written as rules, in
 * resources/triage/default-protocol.json so it reads as data, not code. Checked with the same
 * schema as a protocol edited in Cabinet.
 */
export function defaultProtocol(): TriageProtocol {
  const raw: unknown = JSON.parse(readFileSync(packagePath('resources', 'triage', 'default-protocol.json'), 'utf8'));
  return protocolSchema.parse(raw);
}
