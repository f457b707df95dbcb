// Issue 26: the inbox's protocol reading a call's notes while they are typed. Each note below is
// typed one character at a time; every prefix is read as « Nouvel appel » reads it (calls.read,
// the patient's record included), and the time per keystroke is printed (target: p95 < 5 ms).
import { patientInput } from '../tests/helpers/patients.js';
import { openBenchCore } from './bench-core.js';
import { ms, percentile } from './stats.js';

const NOTES = [
  'Appel de la maman : son fils de 8 ans s’est coincé le doigt dans la porte de la voiture, l’ongle est arraché et ça saigne beaucoup, il pleure, elle demande si elle doit venir maintenant.',
  'Monsieur opéré hier du canal carpien, le pansement est plein de sang, il a 38,4 de fièvre depuis cette nuit et les doigts sont gonflés et violets.',
  'La pharmacie appelle pour l’ordonnance de Mme Durand : la posologie du paracétamol n’est pas lisible, elle voudrait qu’on la refasse et qu’on la faxe.',
  'Le docteur Martin, médecin traitant, adresse un patient avec une plaie de la paume par verre il y a deux jours, rouge et chaude, qui suinte un peu.',
  'Elle voudrait déplacer son rendez-vous de contrôle de jeudi prochain à la semaine suivante, de préférence le matin, elle travaille l’après-midi.',
  'Il s’est coupé le pouce avec la scie circulaire, le bout est tombé, il l’a mis dans un sachet, il saigne encore beaucoup et il a la tête qui tourne.',
];

const { core, actor, dispose } = await openBenchCore('calls');
try {
  const patientId = core.services.patients.create(patientInput(), true, actor);
  const calls = core.services.calls;
  for (const [label, withPatient] of [
    ['sans dossier', false],
    ['dossier lié (antécédents lus)', true],
  ] as const) {
    const samples: number[] = [];
    for (const note of NOTES)
      for (let end = 1; end <= note.length; end += 1) {
        const started = performance.now();
        calls.read({ notes: note.slice(0, end), patientId: withPatient ? patientId : null, callerKind: 'patient' });
        samples.push(performance.now() - started);
      }
    console.log(
      `Appel, motif lu à chaque touche (${label}) : ${samples.length} frappes, p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, max ${ms(Math.max(...samples))} (objectif p95 < 5 ms)`,
    );
  }
  const categories = NOTES.map((note) => calls.read({ notes: note, patientId: null, callerKind: 'patient' }).category);
  console.log(`Appel, catégories des ${NOTES.length} motifs entiers : ${categories.join(', ')}`);
} finally {
  dispose();
}
