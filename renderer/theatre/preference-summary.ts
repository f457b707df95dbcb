import type { Preference, PreferenceValue } from '../../electron/api/common/schemas/patient-file';
import { joinParts } from '../ui/join-parts';

/** One line a nurse reads across the room for each preference (« jazz · Nina Simone »). */
export function preferenceLine(value: PreferenceValue): string {
  switch (value.item) {
    case 'music':
      if (value.choice === 'silence') return 'le silence';
      if (value.choice === 'undecided') return 'ne sait pas';
      if (value.choice === 'headphones') return joinParts('ses propres écouteurs', value.style, value.artist);
      return joinParts(value.style, value.artist, value.playlist) || 'de la musique (sans précision)';
    case 'distraction':
      return joinParts(value.video && 'regarder une vidéo', value.talk && 'parler') || 'rien de particulier';
    case 'anaesthesia':
      return joinParts(
        { walant: 'WALANT (réveillé)', regional: 'ALR (bloc)', general: 'AG (générale)' }[value.choice],
        value.regionalBlock,
      );
    case 'fears':
      return (
        joinParts(value.needles && 'les aiguilles', value.blood && 'le sang', value.noise && 'le bruit', value.other) ||
        'aucune dite'
      );
    case 'talkingPoints':
      return value.text;
    case 'humour':
      return { yes: 'bienvenu', no: 'à éviter', unknown: 'ne sait pas' }[value.welcome];
    case 'language':
      return value.language;
    case 'companion':
    case 'callAfter':
      return joinParts(value.name, value.phone);
  }
}

export const PREFERENCE_TITLES: Readonly<Record<PreferenceValue['item'], string>> = {
  music: 'Musique',
  distraction: 'Pendant l’intervention',
  anaesthesia: 'Anesthésie choisie',
  fears: 'Peurs',
  talkingPoints: 'De quoi lui parler',
  humour: 'Humour',
  language: 'Langue',
  companion: 'Accompagnant',
  callAfter: 'Qui appeler après',
};

/** The order theatre staff read them in. */
const ORDER: readonly PreferenceValue['item'][] = [
  'music',
  'distraction',
  'fears',
  'talkingPoints',
  'humour',
  'language',
  'companion',
  'callAfter',
];

export function orderedPreferences(preferences: readonly Preference[]): Preference[] {
  return ORDER.flatMap((item) => preferences.filter((preference) => preference.value.item === item));
}
