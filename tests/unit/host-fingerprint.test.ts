import { describe, expect, it } from 'vitest';
import { fingerprintMatches, shownFingerprint } from '../../electron/lib/pairing-proof.js';

const full = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** Issue 27 item 7: the host's fingerprint as shown, and as typed on the seat. */
describe('the host fingerprint', () => {
  it('is shown as its first 20 characters in groups of four', () => {
    expect(shownFingerprint(full)).toBe('A1B2 C3D4 E5F6 0718 293A');
  });

  it('matches however it is typed: spaces, colons, case, or more of it', () => {
    for (const typed of ['A1B2 C3D4 E5F6 0718 293A', 'a1b2c3d4e5f60718293a', 'A1:B2:C3:D4:E5:F6:07:18:29:3A', full])
      expect(fingerprintMatches(typed, full), typed).toBe(true);
  });

  it('does not match a changed character, a short start, or what is not hex', () => {
    expect(fingerprintMatches('A1B2 C3D4 E5F6 0718 293B', full)).toBe(false);
    expect(fingerprintMatches('A1B2 C3D4 E5F6 0718', full)).toBe(false);
    expect(fingerprintMatches('A1B2 C3D4 E5F6 0718 293Z', full)).toBe(false);
    expect(fingerprintMatches('', full)).toBe(false);
  });
});
