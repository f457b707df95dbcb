import { describe, expect, it } from 'vitest';
import { actionLabel, readableDetail } from '../../electron/api/common/readable-log.js';
import { letterFileName } from '../../electron/services/letters/service.js';

describe('logs read as French (issue 10)', () => {
  it('names actions by the contract’s own summaries', () => {
    expect(actionLabel('patientFile.open')).toBe('Ouvrir un dossier patient');
    expect(actionLabel('preferences.set')).toMatch(/^[A-ZÉ][a-zéèàç’ ]+/);
    expect(actionLabel('auth.login')).toBe('Se connecter');
    expect(actionLabel('quelque.chose')).toBe('quelque.chose');
    // Entries sealed under a method's former name (issue 21) still read in French.
    expect(actionLabel('patients.get')).toBe('Ouvrir un dossier patient');
    expect(actionLabel('practitioners.create')).toBe(actionLabel('practice.addPractitioner'));
  });

  it('gives fields, preference items and alert kinds their labels', () => {
    expect(readableDetail('patients.update', 'birthName, phoneMobile')).toBe('nom de naissance, téléphone portable');
    expect(readableDetail('practice.updatePractitioner', '#3 lastName, rpps')).toBe('n° 3 : nom, numéro RPPS');
    expect(readableDetail('preferences.set', 'fears')).toBe('peurs');
    expect(readableDetail('alerts.add', 'allergy pénicilline')).toBe('Allergie pénicilline');
    expect(readableDetail('documents.add', 'plaie index.png')).toBe('plaie index.png');
  });

  it('names letter files by date, patient and letter', () => {
    expect(
      letterFileName(
        { created_at: '2026-11-26T10:42:00.000Z', version: 1 },
        { usedName: '', birthName: 'Meunier', usedFirstName: 'Léa', firstNames: 'Léa Anne' },
        'Lettre au médecin traitant',
        'pdf',
      ),
    ).toBe('2026-11-26 Meunier Léa - lettre au médecin traitant v1.pdf');
  });
});
