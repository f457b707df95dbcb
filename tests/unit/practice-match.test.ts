import { describe, expect, it } from 'vitest';
import { matchPractice } from '../../electron/services/backups/practice-match.js';

/**
 * Whose backup it is (issue 27): the practice identifier decides when both have one; an older
 * backup (made before identifiers) is recognised by its name only; one naming no practice, or a
 * database in place that cannot be read, proves nothing and needs the confirmation.
 */
const ours = { uid: 'a'.repeat(32), name: 'SOS Main Test' };

describe('matchPractice', () => {
  it('tells two practices apart by their identifier, even under one name', () => {
    expect(matchPractice(ours, ours).otherPractice).toBe(false);
    expect(matchPractice({ ...ours, uid: 'b'.repeat(32) }, ours)).toMatchObject({
      otherPractice: true,
      sentence:
        'Sauvegarde d’un autre cabinet : « SOS Main Test », alors que le cabinet en place est « SOS Main Test ».',
    });
    expect(matchPractice({ ...ours, name: 'SOS Main (nouveau nom)' }, ours).otherPractice).toBe(false);
  });

  it('recognises an older backup by its name only, and says so', () => {
    const older = { uid: null, name: 'sos main test ' };
    expect(matchPractice(older, ours)).toMatchObject({
      otherPractice: false,
      sentence: expect.stringMatching(/nom seulement/),
    });
    expect(matchPractice({ uid: null, name: 'Autre cabinet' }, ours).otherPractice).toBe(true);
  });

  it('asks for the confirmation when the backup names no practice, or the database in place does not read', () => {
    expect(matchPractice({ uid: null, name: null }, ours)).toMatchObject({
      backup: 'cabinet non indiqué',
      otherPractice: true,
    });
    expect(matchPractice(ours, 'illisible').otherPractice).toBe(true);
    // A folder without a database (a new machine): nothing to replace, nothing to confirm.
    expect(matchPractice({ uid: null, name: null }, null)).toMatchObject({
      otherPractice: false,
      current: 'aucune base en place',
    });
  });
});
