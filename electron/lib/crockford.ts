/**
 * Crockford's base32, for what people read aloud and type from paper (the recovery key, the
 * pairing code): no I, L, O or U to confuse, and typing forgiven (case, spaces and dashes
 * ignored; O read as 0, I and L as 1).
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const normalizeTyped = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/** Groups of four, joined by dashes: « ABCD-EFGH ». */
export const inGroupsOfFour = (chars: string): string => (chars.match(/.{1,4}/g) ?? []).join('-');
