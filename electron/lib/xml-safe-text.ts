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

/** How much of an input the sweep walks at most (issue 27 item 1): no method takes more. */
export const SWEEP_LIMITS = { values: 200_000, depth: 64 } as const;

/** An input beyond SWEEP_LIMITS: refused with this French message, nothing of it walked further. */
export class InputTooLargeError extends Error {}

interface SweepTask {
  readonly source: unknown;
  readonly depth: number;
  readonly assign: (value: unknown) => void;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Sets an own property, even one named « __proto__ », which plain assignment would take as the prototype. */
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

/**
 * The same cleaning over a whole decoded JSON value (keys included), leaving binary values as
 * they are: what the dispatcher does to every input before validating it. Walked with a stack
 * of its own, not recursion, and bounded in values and depth (issue 27 item 1): an input of
 * millions of values or thousands of levels (the IPC transport has no JSON text to check) is
 * refused rather than walked.
 */
export function cleanStrings(value: unknown, limits: { values: number; depth: number } = SWEEP_LIMITS): unknown {
  const result: { value: unknown } = { value: undefined };
  const stack: SweepTask[] = [{ source: value, depth: 0, assign: (clean) => (result.value = clean) }];
  let walked = 0;
  for (let task = stack.pop(); task; task = stack.pop()) {
    walked += 1;
    if (walked > limits.values)
      throw new InputTooLargeError(`Requête trop grande : plus de ${limits.values.toLocaleString('fr-FR')} valeurs.`);
    const { source, depth } = task;
    if (typeof source === 'string') {
      task.assign(withoutControlCharacters(source));
      continue;
    }
    const container = Array.isArray(source) || isPlainObject(source);
    if (container && depth >= limits.depth)
      throw new InputTooLargeError(`Requête imbriquée trop profondément (${limits.depth} niveaux au maximum).`);
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array<unknown>(source.length);
      task.assign(copy);
      source.forEach((item: unknown, index) => {
        stack.push({ source: item, depth: depth + 1, assign: (clean) => (copy[index] = clean) });
      });
    } else if (isPlainObject(source)) {
      const copy: Record<string, unknown> = {};
      task.assign(copy);
      for (const [key, item] of Object.entries(source)) {
        const cleanKey = withoutControlCharacters(key);
        // Placed now, so the keys keep their order although their values are cleaned later.
        define(copy, cleanKey, undefined);
        stack.push({ source: item, depth: depth + 1, assign: (clean) => define(copy, cleanKey, clean) });
      }
    } else task.assign(source);
  }
  return result.value;
}
