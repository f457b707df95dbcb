import { describe, expect, it } from 'vitest';
import { createHostGuard, hostSpellings } from '../../electron/server/host-guard.js';

describe('host guard', () => {
  const guard = createHostGuard(() => hostSpellings('127.0.0.1', 4750, ['poste-accueil.local']));

  it('accepts this server under its loopback names and declared names', () => {
    for (const host of [
      '127.0.0.1:4750',
      'localhost:4750',
      '[::1]:4750',
      'poste-accueil.local:4750',
      'LOCALHOST:4750',
    ]) {
      expect(guard.refusal({ host }), host).toBeNull();
    }
    expect(guard.refusal({ host: 'localhost:4750', origin: 'http://localhost:4750' })).toBeNull();
  });

  it('refuses a rebinding host, another port, a foreign or opaque origin', () => {
    expect(guard.refusal({ host: 'attacker.example:4750' })).toMatch(/Hôte refusé/);
    expect(guard.refusal({ host: '127.0.0.1:8080' })).toMatch(/Hôte refusé/);
    expect(guard.refusal({})).toMatch(/Hôte refusé/);
    expect(guard.refusal({ host: '127.0.0.1:4750', origin: 'https://attacker.example' })).toMatch(/Origine refusée/);
    expect(guard.refusal({ host: '127.0.0.1:4750', origin: 'http://127.0.0.1:4751' })).toMatch(/Origine refusée/);
    expect(guard.refusal({ host: '127.0.0.1:4750', origin: 'null' })).toMatch(/Origine refusée/);
    expect(guard.refusal({ host: '127.0.0.1:4750', origin: 'file://' })).toMatch(/Origine refusée/);
  });
});
