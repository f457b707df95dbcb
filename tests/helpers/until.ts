/** Polls `what` until `ok` holds, giving up after `ms` with the last value in the error. */
export async function until<T>(
  what: () => T | Promise<T>,
  ok: (value: T) => boolean,
  ms = 10_000,
  everyMs = 50,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await what();
    if (ok(value)) return value;
    if (Date.now() - started > ms) throw new Error(`timed out; last value: ${JSON.stringify(value).slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
