import { z } from 'zod';

/**
 * Turns zod issues into French messages that name the field by its label (set with
 * `.meta({ title })` in the schemas), e.g. « Numéro RPPS : le numéro RPPS compte 11 chiffres ».
 */
export function describeIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
): {
  message: string;
  fields: Record<string, string>;
} {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = `champ inconnu « ${key} »`;
      continue;
    }
    const path = issue.path.map(String).join('.');
    if (fields[path] === undefined) fields[path] = issue.message;
  }
  const parts = Object.entries(fields).map(([path, text]) => `${labelAt(schema, path.split('.'))} : ${text}`);
  return { message: `Saisie refusée. ${parts.join(' ; ')}.`, fields };
}

/**
 * Our French wording for zod's generic checks. A message written in a schema (the RPPS rule...)
 * still wins: zod prefers a schema's own message to this global one.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'champ obligatoire' : `doit être ${typeName(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length =
          typeof issue.input === 'string' ? `${issue.input.length.toLocaleString('fr-FR')} caractères, ` : '';
        return `trop long (${length}${Number(issue.maximum).toLocaleString('fr-FR')} au maximum)`;
      }
      if (issue.origin === 'array') return `${Number(issue.maximum)} éléments au maximum`;
      return `doit être au plus ${Number(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'champ obligatoire' : `au moins ${Number(issue.minimum)} caractères`;
      if (issue.origin === 'array')
        return Number(issue.minimum) <= 1 ? 'au moins un élément' : `au moins ${Number(issue.minimum)} éléments`;
      return `doit être au moins ${Number(issue.minimum)}`;
    case 'invalid_value':
      return `valeur non permise (attendu : ${issue.values.map(String).join(', ')})`;
    default:
      return undefined;
  }
}

z.config({ ...z.locales.fr(), customError: describeIssue });

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'un texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'vrai ou faux',
    object: 'un objet',
    array: 'une liste',
  };
  return names[expected] ?? `de type ${expected}`;
}

/** Follows a dotted path into the schema to find the nearest French label. */
function labelAt(schema: z.ZodType, path: readonly string[]): string {
  let current: z.ZodType | undefined = schema;
  let label = path.join('.') || 'Saisie';
  for (const key of path) {
    current = current ? childSchema(unwrap(current), key) : undefined;
    const title = current ? titleOf(current) : undefined;
    if (title) label = title;
  }
  return label;
}

function titleOf(schema: z.ZodType): string | undefined {
  const own = schema.meta()?.title;
  if (typeof own === 'string') return own;
  const inner = unwrap(schema);
  const innerTitle = inner === schema ? undefined : inner.meta()?.title;
  return typeof innerTitle === 'string' ? innerTitle : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function childSchema(schema: z.ZodType, key: string): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.ZodType>)[key];
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  // A union (a series' rhythm, weekly or after a date): the first of its forms that has the field.
  if (schema instanceof z.ZodUnion)
    for (const option of schema.options as readonly z.ZodType[]) {
      const child = childSchema(unwrap(option), key);
      if (child) return child;
    }
  return undefined;
}
