import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { packagePath } from '../../lib/package-path.js';

/** The checklist's wording lives in one data file with its source and version (issue 13). */
const checklistFile = z.object({
  title: z.string(),
  source: z.string(),
  version: z.string(),
  moments: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      items: z.array(
        z.object({ id: z.string(), text: z.string(), teamDecisionIfNo: z.boolean(), naAllowed: z.boolean() }),
      ),
    }),
  ),
});
export type ChecklistDefinition = z.infer<typeof checklistFile>;

let loaded: ChecklistDefinition | null = null;

export function checklistDefinition(): ChecklistDefinition {
  loaded ??= checklistFile.parse(
    JSON.parse(readFileSync(packagePath('resources', 'checklists', 'has-securite-bloc.json'), 'utf8')),
  );
  return loaded;
}
