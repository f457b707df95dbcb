// Lint fixture (tests/unit/layer-rules.test.ts): a promise nobody waits for, which the type-checked
// rules must refuse. Ignored by `npm run lint`, linted on purpose by the test.
async function save(): Promise<number> {
  return Promise.resolve(1);
}

export function onClick(): void {
  save();
}
