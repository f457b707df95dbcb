import { z } from 'zod';
import { contract, isMethodName, type MethodName } from './contract.js';
import { ALERT_KINDS, ALERT_LABELS } from './schemas/patient-file.js';

/** Preference items as people call them (the same words as the Préférences tab). */
export const PREFERENCE_ITEM_LABELS: Readonly<Record<string, string>> = {
  music: 'musique au bloc',
  distraction: 'pendant l’intervention',
  anaesthesia: 'anesthésie choisie',
  fears: 'peurs',
  talkingPoints: 'de quoi lui parler',
  humour: 'humour',
  language: 'langue',
  companion: 'accompagnant',
  callAfter: 'qui appeler après',
};

/**
 * Methods renamed so that a name says which area answers it (issue 21). Journal entries are
 * sealed in a chain and never rewritten: those recorded under a former name still read in French.
 */
const FORMER_METHOD_NAMES: Readonly<Record<string, MethodName>> = {
  'patients.get': 'patientFile.open',
  'patients.export': 'patientFile.export',
  'patients.accessLog': 'patientFile.accessLog',
  'users.resetPassword': 'auth.resetPassword',
  'practitioners.list': 'practice.listPractitioners',
  'practitioners.create': 'practice.addPractitioner',
  'practitioners.update': 'practice.updatePractitioner',
  'models.download': 'dictation.downloadModel',
  'models.use': 'dictation.useModel',
  'models.import': 'dictation.importModel',
  'models.importUploaded': 'dictation.importUploadedModel',
  'pairing.claim': 'seats.claimPairing',
};

/** Actions recorded by name that are not methods of the contract. */
const OTHER_ACTIONS: Readonly<Record<string, string>> = {
  'auth.login': 'Se connecter',
};

/** « patientFile.open » → « Ouvrir un dossier patient »: the contract's own French summary. */
export function actionLabel(action: string): string {
  if (isMethodName(action)) return contract[action].summary;
  const renamed = FORMER_METHOD_NAMES[action];
  if (renamed) return contract[renamed].summary;
  return OTHER_ACTIONS[action] ?? action;
}

let fieldTitles: Map<string, string> | null = null;

/** Every input field of every method with its French title, read once from the contract. */
function titles(): Map<string, string> {
  if (fieldTitles) return fieldTitles;
  const found = new Map<string, string>();
  const walk = (schema: unknown) => {
    if (schema === null || typeof schema !== 'object') return;
    const { properties } = schema as { properties?: Record<string, { title?: string }> };
    for (const [key, property] of Object.entries(properties ?? {})) {
      if (property.title && !found.has(key))
        found.set(key, property.title.charAt(0).toLowerCase() + property.title.slice(1));
      walk(property);
    }
    for (const nested of ['anyOf', 'oneOf', 'allOf'] as const) {
      const options = (schema as Record<string, unknown>)[nested];
      if (Array.isArray(options)) options.forEach(walk);
    }
  };
  for (const spec of Object.values(contract)) walk(z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }));
  fieldTitles = found;
  return found;
}

/**
 * What an access-log or journal line says, in words a person reads (issue 10): field names
 * (« fears », « birthName ») become their labels, alert kinds and preference items their names.
 */
export function readableDetail(action: string, detail: string): string {
  if (action === 'preferences.set') return PREFERENCE_ITEM_LABELS[detail] ?? detail;
  if (action.startsWith('alerts.')) {
    const [kind = '', ...rest] = detail.split(' ');
    const label = (ALERT_KINDS as readonly string[]).includes(kind)
      ? ALERT_LABELS[kind as (typeof ALERT_KINDS)[number]]
      : kind;
    return [label, ...rest].join(' ');
  }
  const known = titles();
  // Lists of field names: « #12 firstName, lastName » (journal), « phoneMobile, city » (changes).
  if (/^(#\d+ )?[a-zA-Z]+(, [a-zA-Z]+)*$/.test(detail))
    return detail.replace(/[a-zA-Z]+/g, (name) => known.get(name) ?? name).replace(/^#(\d+) /, 'n° $1 : ');
  return detail;
}
