/**
 * The French mobile and landline numbers people write (« 06 12 00 00 01 », « +33 6 12… »,
 * dots or dashes between pairs): read by the inbox's patient matching and shown to call on an
 * emergency's screen, from this one pattern.
 */
export const phoneNumbersIn = (text: string): string[] => [
  ...new Set(text.match(/(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}\b/g) ?? []),
];
