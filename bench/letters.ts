// Letter generation (issue 4): time to a filled .docx, through the service as the app does it
// (data from the file, render, file written, version stored), and to PDF through LibreOffice.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openPaumeCore } from '../electron/core/paume-core.js';
import { renderDocx } from '../electron/services/letters/docx.js';
import { convertToPdf, findLibreOffice } from '../electron/services/letters/pdf.js';
import { ms, percentile } from './stats.js';
import { patientInput } from '../tests/helpers/patients.js';

// The .docx is measured alone: its PDF (measured below) is queued in the background otherwise.
const soffice = await findLibreOffice();
process.env.PAUME_SOFFICE = '/nonexistent/soffice';

const dir = mkdtempSync(join(tmpdir(), 'paume-bench-letters-'));
const core = await openPaumeCore({ databaseFile: join(dir, 'paume.sqlite'), logger: { error: () => undefined } });
const userId = await core.services.setup.initialize({
  practiceName: 'SOS Main',
  login: 'bench',
  displayName: 'Bench',
  password: 'bench-password',
  alsoSurgeon: true,
});
const actor = { userId, seat: 'bench' };
// The test suite's sample patient: one description of Jeanne Lefèvre for tests and benchmarks.
const { confirmNotDuplicate: _confirm, ...jeanne } = patientInput({
  phoneMobile: '',
  usedFirstName: '',
  birthplaceInsee: '',
});
const patientId = core.services.patients.create(jeanne, true, actor);
const visit = core.services.visits.create(
  patientId,
  {
    date: '2026-11-20',
    practitionerId: null,
    kind: 'emergency',
    notes: '',
    diagnosis: 'Section du fléchisseur profond',
    side: 'right',
    digits: ['D2'],
  },
  actor,
);
const sections = {
  history: 'Plaie palmaire par couteau de cuisine. '.repeat(10),
  examination: 'Déficit de flexion de l’IPD. '.repeat(10),
  conclusion: 'Suture en urgence sous WALANT. '.repeat(5),
};

const samples: number[] = [];
for (let run = 0; run < 220; run += 1) {
  const started = performance.now();
  await core.services.letters.generate(visit.id, 'gp-letter', sections, actor);
  if (run >= 20) samples.push(performance.now() - started);
}
const template = (await import('node:fs')).readFileSync(join('templates', 'courrier-medecin-traitant.docx'));
const renderOnly: number[] = [];
for (let run = 0; run < 200; run += 1) {
  const started = performance.now();
  renderDocx(template, {
    practice: {},
    surgeon: {},
    patient: { fullName: 'LEFÈVRE Jeanne' },
    gp: null,
    referrer: null,
    visit: {},
    today: '24/11/2026',
    sections,
  });
  renderOnly.push(performance.now() - started);
}
// What opening Courriers asks (issue 22 item 17): the templates with their fields. The first call
// reads each .docx; the next ones answer from what was read (same bytes, same fields).
const templateCalls: number[] = [];
for (let run = 0; run < 51; run += 1) {
  const started = performance.now();
  core.services.letters.templates();
  templateCalls.push(performance.now() - started);
}
const [firstTemplates = 0, ...laterTemplates] = templateCalls;
console.log('\nCourriers (modèle « courrier au médecin traitant »)');
console.log(
  `  letters.templates (ouverture de Courriers) : premier appel ${ms(firstTemplates)}, puis médiane ${ms(percentile(laterTemplates, 50))} sur 50`,
);
console.log(
  `  .docx rempli (service : données du dossier, rendu, fichier écrit, version enregistrée), 200 fois : médiane ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`,
);
console.log(
  `  rendu docxtemplater seul, 200 fois : médiane ${ms(percentile(renderOnly, 50))}, p95 ${ms(percentile(renderOnly, 95))}`,
);
const command = soffice;
if (command) {
  const docx = renderDocx(template, {
    practice: {},
    surgeon: {},
    patient: {},
    gp: null,
    referrer: null,
    visit: {},
    today: '24/11/2026',
    sections,
  });
  const pdf: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    await convertToPdf(command, docx);
    pdf.push(performance.now() - started);
  }
  console.log(
    `  .docx → PDF par LibreOffice (processus à part, profil neuf), 5 fois : médiane ${ms(percentile(pdf, 50))}, max ${ms(Math.max(...pdf))}`,
  );
} else {
  console.log('  PDF : LibreOffice absent, non mesuré');
}
core.close();
rmSync(dir, { recursive: true, force: true });
