import { describe, expect, it } from 'vitest';
import { startSteps, type PracticeState } from '../../renderer/cabinet/start-checklist';

// What a new practice still needs (issue 22 item 13), decided from what exists.
const surgeon = (id: number, lastName: string, active = true) => ({
  id,
  kind: 'surgeon',
  active,
  title: 'Dr',
  lastName,
});
const empty: PracticeState = {
  practitioners: [],
  periodsOf: new Map(),
  activeMotifs: 0,
  mailAccounts: 0,
  backups: null,
  me: { surgeon: true, practitionerId: null },
};
const left = (state: PracticeState) =>
  startSteps(state)
    .filter((step) => !step.done)
    .map((step) => step.key);

describe('startSteps', () => {
  it('lists everything on a first start, the surgeon’s own file included', () => {
    expect(left(empty)).toEqual(['praticiens', 'mon-compte', 'horaires', 'motifs', 'messagerie', 'sauvegardes']);
  });
  it('does not ask an administrator who is not a surgeon to link a practitioner', () => {
    expect(left({ ...empty, me: { surgeon: false, practitionerId: null } })).not.toContain('mon-compte');
  });
  it('names the surgeons without opening hours; an anaesthetist or an inactive surgeon does not count', () => {
    const state: PracticeState = {
      ...empty,
      practitioners: [
        surgeon(1, 'Fontaine'),
        surgeon(2, 'Martin'),
        surgeon(3, 'Ancien', false),
        { ...surgeon(4, 'Anes'), kind: 'anaesthetist' },
      ],
      periodsOf: new Map([[1, 3]]),
    };
    const hours = startSteps(state).find((step) => step.key === 'horaires');
    expect(hours?.done).toBe(false);
    expect(hours?.missing).toBe('Sans horaires : Dr Martin.');
  });
  it('is empty of things to do once everything is set up', () => {
    const state: PracticeState = {
      practitioners: [surgeon(1, 'Fontaine')],
      periodsOf: new Map([[1, 2]]),
      activeMotifs: 4,
      mailAccounts: 1,
      backups: { enabled: true, folder: '/media/sauvegarde' },
      me: { surgeon: true, practitionerId: 1 },
    };
    expect(left(state)).toEqual([]);
  });
  it('a backup set up but switched off is still to do', () => {
    expect(left({ ...empty, backups: { enabled: false, folder: '/media/x' } })).toContain('sauvegardes');
  });
  it('only inactive surgeons: no surgeon at all', () => {
    expect(left({ ...empty, practitioners: [surgeon(1, 'Ancien', false)] })).toContain('praticiens');
  });
});
