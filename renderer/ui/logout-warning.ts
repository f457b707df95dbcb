import type { OpenWork } from './unsaved-work';

/**
 * What logging out does to the work in progress, said truthfully (issue 22 item 9): drafts kept on
 * the server are found again at the next login, on any seat; the rest is lost.
 */
export function logoutWarning(work: readonly OpenWork[]): string {
  const kept = work.filter((item) => item.kept).map((item) => item.label);
  const lost = work.filter((item) => !item.kept).map((item) => item.label);
  return [
    kept.length
      ? `En cours : ${kept.join(', ')}. ${kept.length > 1 ? 'Les brouillons sont gardés' : 'Le brouillon est gardé'} pour votre prochaine connexion, sur tout poste.`
      : '',
    lost.length ? `Non enregistré, sera perdu : ${lost.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
