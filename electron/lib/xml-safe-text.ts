/**
 * Characters no text field needs and XML 1.0 cannot hold: C0 controls but tab, line feed and
 * carriage return; DEL and the C1 controls; lone UTF-16 surrogates; U+FFFE and U+FFFF. A NUL in
 * a patient's name once made every letter of that patient fail (issue 9).
 */
const char = (code: number) => String.fromCharCode(code);
// Built from code points rather than written as a literal: these are the control characters the
// pattern is about, and a literal would hide them from whoever reads it.
const UNWANTED = new RegExp(
  `[${char(0x00)}-${char(0x08)}${char(0x0b)}${char(0x0c)}${char(0x0e)}-${char(0x1f)}${char(0x7f)}-${char(0x9f)}\uFFFE\uFFFF]` +
    '|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]',
  'g',
);

export function withoutControlCharacters(text: string): string {
  return text.replace(UNWANTED, '');
}

/**
 * The same cleaning over a whole decoded JSON value (keys included), leaving binary values as
 * they are: what the dispatcher does to every input before validating it.
 */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return withoutControlCharacters(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutControlCharacters(key), cleanStrings(item)]),
    );
  }
  return value;
}
