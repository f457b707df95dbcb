import { createHash } from 'node:crypto';
import { inspectTemplate } from './docx.js';
import { knownFieldPaths } from './letter-data.js';

/** More templates than a practice has kinds: own templates replaced over time leave old entries. */
const KEPT = 64;

/**
 * The fields a template uses, read once per template content (issue 22 item 17): opening
 * Courriers asked `letters.templates`, which unzipped and parsed every .docx at every call. A
 * template's fields change only with its bytes, so they are kept by the bytes' hash.
 */
export function createTemplateFields() {
  const byHash = new Map<string, string[]>();
  return (content: Buffer, sectionKeys: readonly string[]): string[] => {
    const key = `${createHash('sha256').update(content).digest('hex')}:${sectionKeys.join(',')}`;
    const kept = byHash.get(key);
    if (kept) return kept;
    const inspected = inspectTemplate(content);
    const known = knownFieldPaths([...sectionKeys]);
    const resolved =
      'tags' in inspected
        ? inspected.tags.map((candidates) => candidates.find((path) => known.has(path)) ?? candidates[0] ?? '')
        : [];
    const fields = [...new Set(resolved.filter((path) => path.includes('.')))];
    if (byHash.size >= KEPT) byHash.delete(byHash.keys().next().value ?? '');
    byHash.set(key, fields);
    return fields;
  };
}
