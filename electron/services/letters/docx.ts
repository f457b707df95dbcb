import type Docxtemplater from 'docxtemplater';
import type InspectModule from 'docxtemplater/js/inspect-module.js';
import type PizZip from 'pizzip';
import { onFirstUse } from '../../lib/first-use.js';
import { zipLibrary } from '../../lib/zip-library.js';
import { withoutControlCharacters } from '../../lib/xml-safe-text.js';
import { checkZipArchive, ZipLimitError, type ZipLimits } from '../../lib/zip-limits.js';

/** A letter template: a few dozen parts, a logo or two. Far above any real one, far below harm. */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 300, maxEntryBytes: 20 * 1_048_576, maxTotalBytes: 40 * 1_048_576 };

export interface TemplateProblem {
  /** The broken or unknown tag, as written in the template. */
  readonly tag: string;
  readonly reason: string;
}

/** Follows a dotted tag ("patient.fullName") into a scope; undefined when any part is missing. */
function lookUp(scope: unknown, path: readonly string[]): unknown {
  let current: unknown = scope;
  for (const part of path) {
    // Own fields only: a tag naming an inherited property ({hasOwnProperty}, {constructor}) finds
    // nothing instead of a function that breaks every letter of the template (issue 9).
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Dotted tags, resolved from the innermost scope outwards, so that inside {#gp}…{/gp} a template
 * may write {fullName} as well as {gp.fullName}.
 */
function dottedParser(tag: string) {
  const path = tag.trim() === '.' ? [] : tag.trim().split('.');
  return {
    get(scope: unknown, context: { scopeList: unknown[] }) {
      if (path.length === 0) return scope;
      for (let index = context.scopeList.length - 1; index >= 0; index -= 1) {
        const found = lookUp(context.scopeList[index], path);
        // Whatever was stored before inputs were cleaned, the letter never holds invalid XML.
        // French typography (issue 10): the straight apostrophe typed or dictated becomes ’.
        if (typeof found === 'string') return withoutControlCharacters(found).replace(/(\p{L})'(?=\p{L})/gu, '$1’');
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}

// errorLogging off: a broken template is reported to the person, not dumped on the console.
// Loaded when a letter is first checked or written, not at start (issue 25).
const templating = onFirstUse('docxtemplater', () => require('docxtemplater') as typeof Docxtemplater);
const inspectModule = onFirstUse(
  'docxtemplater/js/inspect-module.js',
  () => require('docxtemplater/js/inspect-module.js') as typeof InspectModule,
);

const OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  nullGetter: () => '',
  parser: dottedParser,
  errorLogging: false,
} as const;

interface DocxtemplaterErrorShape {
  properties?: { errors?: { properties?: { xtag?: string; explanation?: string; id?: string } }[] };
}

/** Broken tags (unclosed, unopened, duplicated braces...) as docxtemplater reports them. */
function brokenTags(error: unknown): TemplateProblem[] {
  const errors = (error as DocxtemplaterErrorShape).properties?.errors ?? [];
  return errors.map((item) => ({
    tag: item.properties?.xtag ?? '?',
    reason: item.properties?.explanation ?? item.properties?.id ?? 'balise invalide',
  }));
}

/**
 * Every tag of a template, each as the ways it can resolve: a tag inside {#gp}…{/gp} may mean
 * "gp.fullName" or, looked up further out, "fullName" (innermost first, as dottedParser does).
 * Read from the list of tags, not docxtemplater's tree of names: that tree is a plain object,
 * where {hasOwnProperty} or {toString} vanished and so passed the known-fields check (issue 9).
 */
function tagCandidates(tags: readonly StructuredTag[], scope: readonly string[] = []): string[][] {
  return tags.flatMap((tag) => {
    const key = tag.value.trim();
    const candidates: string[] = [];
    for (let depth = scope.length; depth >= 0; depth -= 1) candidates.push([...scope.slice(0, depth), key].join('.'));
    return [candidates, ...tagCandidates(tag.subparsed ?? [], tag.module === 'loop' ? [...scope, key] : scope)];
  });
}

/**
 * Reads a template: the tags it uses, or what is broken in it. A file that is not a .docx at all
 * is reported as such.
 */
export function inspectTemplate(content: Buffer): { tags: string[][] } | { problems: TemplateProblem[] } {
  try {
    checkZipArchive(content, DOCX_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError)
      return {
        problems: [
          {
            tag: '',
            reason: error.message
              .replace('n’est pas une archive ZIP', 'n’est pas un document .docx')
              .replace('archive ZIP abîmée', 'document .docx abîmé')
              .replace('archive refusée', 'document refusé'),
          },
        ],
      };
    throw error;
  }
  let zip: PizZip;
  try {
    zip = new (zipLibrary())(content);
  } catch {
    return { problems: [{ tag: '', reason: 'ce fichier n’est pas un document .docx' }] };
  }
  if (!zip.file('word/document.xml'))
    return { problems: [{ tag: '', reason: 'ce fichier n’est pas un document .docx (word/document.xml absent)' }] };
  const inspect = new (inspectModule())();
  try {
    new (templating())(zip, { ...OPTIONS, modules: [inspect] });
  } catch (error) {
    const problems = brokenTags(error);
    return { problems: problems.length ? problems : [{ tag: '', reason: (error as Error).message }] };
  }
  const tags = inspect.getAllStructuredTags();
  const structural = structuralProblems(tags);
  if (structural.length) return { problems: structural };
  return { tags: tagCandidates(tags) };
}

interface StructuredTag {
  readonly value: string;
  readonly module?: string;
  readonly subparsed?: readonly StructuredTag[];
}

/** Loops inside loops deeper than this are no letter: refused before anything renders them. */
const MAX_NESTING = 6;

/**
 * What a practice template may not hold (issue 9): raw-XML tags ({@…}), which would let a
 * patient's name inject XML into the letter, and loops nested beyond reason.
 */
function structuralProblems(tags: readonly StructuredTag[], depth = 1): TemplateProblem[] {
  return tags.flatMap((tag): TemplateProblem[] => {
    if (tag.module === 'rawxml')
      return [{ tag: `@${tag.value}`, reason: 'balise XML brute {@…} refusée : écrivez {champ}' }];
    if (depth > MAX_NESTING)
      return [{ tag: tag.value, reason: `sections imbriquées sur plus de ${MAX_NESTING} niveaux` }];
    return structuralProblems(tag.subparsed ?? [], depth + 1);
  });
}

export function renderDocx(template: Buffer, data: object): Buffer {
  const document = new (templating())(new (zipLibrary())(template), OPTIONS);
  document.render(data);
  return document.toBuffer({ compression: 'DEFLATE' });
}
