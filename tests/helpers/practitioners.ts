/** Valid RPPS numbers (11 digits, Luhn key) for tests. */
export const RPPS = { a: '10002345675', b: '10003456786' } as const;

/** A surgeon of the practice, as `practice.addPractitioner` takes it. */
export const surgeonInput = (lastName = 'Fontaine', rpps: string = RPPS.a, firstName = 'Claire') => ({
  kind: 'surgeon' as const,
  title: 'Dr' as const,
  firstName,
  lastName,
  rpps,
  specialty: '',
  signature: '',
});
