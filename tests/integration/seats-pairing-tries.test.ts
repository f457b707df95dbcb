import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seatProof } from '../../electron/lib/pairing-proof.js';
import { manualClock, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 27 item 7: wrong pairing proofs from one machine slow that machine down (2, 4, 8… s) and
 * no longer void the code for everyone; the seat with the right code pairs from another machine.
 */
const clock = manualClock(Date.parse('2026-12-03T09:00:00Z'));
let opened: Awaited<ReturnType<typeof openTempCore>>;
const nonce = '00112233445566778899aabbccddeeff';
const wrongProof = 'ab'.repeat(32);
let code: string;
const claim = (source: string, codeProof: string, seatName = 'Accueil') =>
  (() => opened.core.services.seats.claim({ seatName, nonce, codeProof }, undefined, source)) as () => unknown;

beforeAll(async () => {
  opened = await openTempCore(clock);
  opened.core.services.seats.useNetwork({
    urls: ['https://192.168.1.10:4751'],
    caPem: 'CA',
    caFingerprint: 'cd'.repeat(32),
    serverFingerprint: 'ef'.repeat(32),
  });
  code = opened.core.services.seats.startPairing(true).code;
});
afterAll(() => opened.dispose());

describe('wrong pairing tries', () => {
  it('make the guessing machine wait longer each time, with the wait said', () => {
    const junk = 'non appairé 192.168.1.66';
    expect(claim(junk, wrongProof)).toThrow(/Code d’appairage faux/);
    expect(claim(junk, wrongProof)).toThrow(/réessayez dans 2 s/);
    clock.advance(2_001);
    expect(claim(junk, wrongProof)).toThrow(/Code d’appairage faux/);
    expect(claim(junk, wrongProof)).toThrow(/réessayez dans 4 s/);
    for (let round = 3; round <= 6; round += 1) {
      clock.advance(2 ** (round - 1) * 1000 + 1);
      expect(claim(junk, wrongProof)).toThrow(/Code d’appairage faux/);
    }
    expect(claim(junk, wrongProof)).toThrow(/réessayez dans 64 s/);
  });

  it('leave the code good for the seat that has it, from another machine', () => {
    const paired = opened.core.services.seats.claim(
      { seatName: 'Accueil 2', nonce, codeProof: seatProof(code, nonce) },
      undefined,
      'non appairé 192.168.1.21',
    );
    expect(paired).toMatchObject({ seatName: 'Accueil 2', serverFingerprint: 'ef'.repeat(32) });
  });
});
