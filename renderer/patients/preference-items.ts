import { parisToday } from '../../electron/api/common/paris-day';
import type { PreferenceItem, PreferenceValue } from '../../electron/api/common/schemas/patient-file';

export type FieldSpec =
  | { key: string; label: string; type: 'text' | 'date' }
  | { key: string; label: string; type: 'bool' }
  | { key: string; label: string; type: 'select'; options: { value: string; label: string }[] };

export interface ItemSpec {
  item: PreferenceItem;
  title: string;
  fields: FieldSpec[];
  empty: PreferenceValue;
}

/** What theatre staff read before surgery, in the order they need it. */
export const PREFERENCE_ITEMS: readonly ItemSpec[] = [
  {
    item: 'anaesthesia',
    title: 'Anesthésie choisie',
    fields: [
      {
        key: 'choice',
        label: 'Choix',
        type: 'select',
        options: [
          { value: 'walant', label: 'WALANT (anesthésie locale, patient éveillé)' },
          { value: 'regional', label: 'ALR (bloc)' },
          { value: 'general', label: 'AG (anesthésie générale)' },
        ],
      },
      { key: 'regionalBlock', label: 'Quel bloc', type: 'text' },
      { key: 'discussedOn', label: 'Discuté le (JJ/MM/AAAA)', type: 'date' },
    ],
    empty: {
      item: 'anaesthesia',
      choice: 'walant',
      regionalBlock: '',
      discussedOn: parisToday(),
    },
  },
  {
    item: 'music',
    title: 'Musique au bloc',
    fields: [
      {
        key: 'choice',
        label: 'Souhait',
        type: 'select',
        options: [
          { value: 'music', label: 'De la musique' },
          { value: 'headphones', label: 'Ses propres écouteurs' },
          { value: 'silence', label: 'Le silence' },
          { value: 'undecided', label: 'Ne sait pas' },
        ],
      },
      { key: 'style', label: 'Style', type: 'text' },
      { key: 'artist', label: 'Artiste', type: 'text' },
      { key: 'playlist', label: 'Playlist (nom ou lien)', type: 'text' },
    ],
    empty: { item: 'music', choice: 'undecided', style: '', artist: '', playlist: '' },
  },
  {
    item: 'distraction',
    title: 'Pendant l’intervention',
    fields: [
      { key: 'video', label: 'Regarder une vidéo', type: 'bool' },
      { key: 'talk', label: 'Parler avec l’équipe', type: 'bool' },
    ],
    empty: { item: 'distraction', video: false, talk: false },
  },
  {
    item: 'fears',
    title: 'Peurs',
    fields: [
      { key: 'needles', label: 'Aiguilles', type: 'bool' },
      { key: 'blood', label: 'Sang', type: 'bool' },
      { key: 'noise', label: 'Bruit', type: 'bool' },
      { key: 'other', label: 'Autre', type: 'text' },
    ],
    empty: { item: 'fears', needles: false, blood: false, noise: false, other: '' },
  },
  {
    item: 'talkingPoints',
    title: 'De quoi lui parler',
    fields: [{ key: 'text', label: 'Petits-enfants, métier, loisirs…', type: 'text' }],
    empty: { item: 'talkingPoints', text: '' },
  },
  {
    item: 'humour',
    title: 'Humour',
    fields: [
      {
        key: 'welcome',
        label: 'Bienvenu ?',
        type: 'select',
        options: [
          { value: 'yes', label: 'Oui' },
          { value: 'no', label: 'Non' },
          { value: 'unknown', label: 'Ne sait pas' },
        ],
      },
    ],
    empty: { item: 'humour', welcome: 'unknown' },
  },
  {
    item: 'language',
    title: 'Langue',
    fields: [{ key: 'language', label: 'Langue parlée', type: 'text' }],
    empty: { item: 'language', language: 'français' },
  },
  {
    item: 'companion',
    title: 'Accompagnant',
    fields: [
      { key: 'name', label: 'Nom', type: 'text' },
      { key: 'phone', label: 'Téléphone', type: 'text' },
    ],
    empty: { item: 'companion', name: '', phone: '' },
  },
  {
    item: 'callAfter',
    title: 'Qui appeler après',
    fields: [
      { key: 'name', label: 'Nom', type: 'text' },
      { key: 'phone', label: 'Téléphone', type: 'text' },
    ],
    empty: { item: 'callAfter', name: '', phone: '' },
  },
];
