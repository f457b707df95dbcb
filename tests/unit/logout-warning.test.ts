import { describe, expect, it } from 'vitest';
import { logoutWarning } from '../../renderer/ui/logout-warning';

// What the logout confirmation promises must be what happens (issue 22 item 9): kept drafts are
// named as kept, unsaved work that is not kept is named as lost.
describe('logoutWarning', () => {
  it('says a kept draft is kept', () => {
    expect(logoutWarning([{ label: 'une consultation', kept: true }])).toBe(
      'En cours : une consultation. Le brouillon est gardé pour votre prochaine connexion, sur tout poste.',
    );
  });
  it('says what is lost, apart from what is kept', () => {
    const text = logoutWarning([
      { label: 'une consultation', kept: true },
      { label: 'le protocole de tri', kept: false },
      { label: 'la réponse à « RDV »', kept: true },
    ]);
    expect(text).toContain('En cours : une consultation, la réponse à « RDV ». Les brouillons sont gardés');
    expect(text).toContain('Non enregistré, sera perdu : le protocole de tri.');
  });
  it('never promises to keep what is not kept', () => {
    expect(logoutWarning([{ label: 'le protocole de tri', kept: false }])).not.toMatch(/gardé/);
  });
});
