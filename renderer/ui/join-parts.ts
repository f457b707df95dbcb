/** Parts of a line joined by « · », leaving out the empty ones: no stray separators. */
export const joinParts = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' · ');
