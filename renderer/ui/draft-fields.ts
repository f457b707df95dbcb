/**
 * The fields of a kept draft that still fit the form: only the form's own fields, each of the
 * type the form has for it (a draft from an older version of a form never breaks it).
 */
export function fittingFields<T extends object>(initial: T, kept: Record<string, unknown>): Partial<T> {
  const fitting: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(kept)) {
    if (!(field in initial)) continue;
    const expected: unknown = (initial as Record<string, unknown>)[field];
    const primitive = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    const sameKind =
      expected === null
        ? primitive
        : value === null ||
          (Array.isArray(expected) ? Array.isArray(value) : typeof expected === typeof value && !Array.isArray(value));
    if (sameKind) fitting[field] = value;
  }
  return fitting as Partial<T>;
}
