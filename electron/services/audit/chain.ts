import { createHash } from 'node:crypto';

/** The hash the first entry of the chain follows. */
export const GENESIS = '0'.repeat(64);

/** The fields an entry's hash covers: all of them, in a fixed order. */
export interface ChainedFields {
  readonly id: number;
  readonly at: string;
  readonly user_id: number | null;
  readonly seat: string;
  readonly action: string;
  readonly outcome: string;
  readonly detail: string;
  readonly patient_id: number | null;
  readonly previous_value: string | null;
}

/** SHA-256 of the previous hash and the entry's fields as a JSON array (unambiguous, any text). */
export function entryHash(previous: string, row: ChainedFields): string {
  return createHash('sha256')
    .update(previous)
    .update('\n')
    .update(
      JSON.stringify([
        row.id,
        row.at,
        row.user_id,
        row.seat,
        row.action,
        row.outcome,
        row.detail,
        row.patient_id,
        row.previous_value,
      ]),
    )
    .digest('hex');
}

export interface ChainBreak {
  readonly entryId: number;
  readonly at: string;
  readonly action: string;
  readonly reason: string;
}

export interface ChainReport {
  readonly entries: number;
  readonly head: { entryId: number; hash: string } | null;
  readonly firstBroken: ChainBreak | null;
}

/**
 * Walks the log in order and names the first entry whose hashes do not follow: changed (its own
 * hash is wrong), or after a removed or inserted entry (its previous hash is not the last one's).
 * The recorded heads (one per backup) must still be in the chain: a log cut short is seen too.
 */
export function verifyChain(
  rows: Iterable<ChainedFields & { prev_hash: string | null; hash: string | null }>,
  heads: readonly { entry_id: number; hash: string; at: string; reason: string }[],
): ChainReport {
  let previous = GENESIS;
  let entries = 0;
  let last: { entryId: number; hash: string } | null = null;
  const wanted = new Map(heads.map((head) => [head.entry_id, head]));
  for (const row of rows) {
    entries += 1;
    const broken = (reason: string): ChainReport => ({
      entries,
      head: last,
      firstBroken: { entryId: row.id, at: row.at, action: row.action, reason },
    });
    if (row.hash === null || row.prev_hash === null) return broken('entrée non scellée');
    if (row.prev_hash !== previous)
      return broken('ne suit pas l’entrée précédente (une entrée a été retirée, insérée ou modifiée avant elle)');
    if (entryHash(previous, row) !== row.hash) return broken('son contenu a été modifié');
    const head = wanted.get(row.id);
    if (head && head.hash !== row.hash)
      return broken(`diffère de la tête enregistrée le ${head.at.slice(0, 10)} (${head.reason})`);
    wanted.delete(row.id);
    previous = row.hash;
    last = { entryId: row.id, hash: row.hash };
  }
  const missing = [...wanted.values()].sort((a, b) => a.entry_id - b.entry_id)[0];
  if (missing)
    return {
      entries,
      head: last,
      firstBroken: {
        entryId: missing.entry_id,
        at: missing.at,
        action: '',
        reason: `entrée disparue : la tête enregistrée le ${missing.at.slice(0, 10)} (${missing.reason}) n’est plus dans le journal, qui a été tronqué`,
      },
    };
  return { entries, head: last, firstBroken: null };
}
