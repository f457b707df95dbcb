/**
 * What the finder's Entrée cannot do, said where the secretary looks (issue 22 item 12), or null
 * when it books (or takes the offered walk-in).
 */
export function finderRefusal(state: { hasPatient: boolean; hasMotif: boolean; canAct: boolean }): string | null {
  if (!state.hasPatient) return 'Choisissez d’abord le patient (champ « Patient »), puis Entrée.';
  if (!state.hasMotif) return 'Choisissez d’abord le motif, puis Entrée.';
  if (!state.canAct) return 'Aucun créneau à réserver avec ces choix.';
  return null;
}
