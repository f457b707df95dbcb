import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';

/**
 * What to tell a caller while they are on the line, until the practice writes its own in Cabinet
 * (issue 26). The usual advice of hand-surgery emergency services: no food or drink before a
 * possible operation, no tourniquet, rings off before the swelling, a severed part kept dry in a
 * bag on ice, and the 15 when life or a finger is at stake.
 */
export const DEFAULT_FIRST_AID: Readonly<Partial<Record<CategoryCode, string>>> = {
  'urgence-immediate': [
    'Venir tout de suite. Malaise, saignement qui ne s’arrête pas, doigt blanc ou froid : appeler le 15.',
    'Ne rien manger ni boire : une opération peut être nécessaire.',
    'Pas de garrot : comprimer la plaie avec un linge propre, la main surélevée.',
    'Retirer bagues, alliance et bracelet tout de suite, avant que la main gonfle.',
    'Amputation : garder le fragment au sec dans un sachet fermé, posé sur de la glace (jamais directement dans la glace ni dans l’eau).',
  ].join('\n'),
  'urgence-jour': [
    'Venir aujourd’hui : un créneau d’urgence est donné pendant l’appel.',
    'Ne rien manger ni boire en attendant l’avis du chirurgien.',
    'Retirer les bagues, garder la main surélevée.',
    'Fièvre, rougeur qui s’étend, douleur qui augmente vite : venir tout de suite, ou appeler le 15.',
  ].join('\n'),
  'semi-urgent': [
    'Un rendez-vous dans les 48 à 72 heures.',
    'Garder le pansement propre et sec, la main surélevée.',
    'Fièvre, rougeur ou douleur qui augmente : rappeler aussitôt.',
  ].join('\n'),
};
