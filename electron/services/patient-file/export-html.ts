import {
  ALERT_LABELS,
  VISIT_KIND_LABELS,
  type AccessEntry,
  type PatientFile,
} from '../../api/common/schemas/patient-file.js';
import { HAND_LABELS, IDENTITY_STATUS_LABELS } from '../../api/common/schemas/patients.js';
import { capitals, frDate, frDateTime } from '../../api/common/french.js';

const escape = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const rows = (pairs: [string, string | number | null | undefined][]): string =>
  pairs.map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`).join('');

/** The readable part of the right-of-access export: plain HTML, printable, no script. */
export function renderSummaryHtml(file: PatientFile, accessLog: readonly AccessEntry[], exportedAt: string): string {
  const f = file.fields;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Dossier de ${escape(f.birthName)} ${escape(f.firstNames)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:60em}th{text-align:left;padding-right:1em;vertical-align:top}table{border-collapse:collapse;margin-bottom:1.5em}td,th{border-bottom:1px solid #ddd;padding:.2em .4em}</style></head><body>
<h1>Dossier patient : ${escape(capitals(f.birthName))} ${escape(f.firstNames)}</h1>
<p>Export du ${escape(frDate(exportedAt))} (droit d’accès). Conservation jusqu’au ${escape(frDate(file.retentionUntil))}.</p>
<h2>Identité</h2><table>${rows([
    ['Nom de naissance', f.birthName],
    ['Prénom(s)', f.firstNames],
    ['Nom utilisé', f.usedName],
    ['Date de naissance', frDate(f.birthDate)],
    ['Sexe', f.sex],
    ['Lieu de naissance (INSEE)', f.birthplaceInsee],
    ['NIR', f.nir],
    ['Statut de l’identité', IDENTITY_STATUS_LABELS[file.identityStatus]],
  ])}</table>
<h2>Contact</h2><table>${rows([
    ['Téléphone', `${f.phoneMobile} ${f.phoneOther}`.trim()],
    ['E-mail', f.email],
    ['Adresse', `${f.addressLine} ${f.postalCode} ${f.city}`.trim()],
    ['Médecin traitant', file.gp ? `${file.gp.title} ${file.gp.firstName} ${file.gp.lastName}` : ''],
    [
      'Médecin adresseur',
      file.referrer ? `${file.referrer.title} ${file.referrer.firstName} ${file.referrer.lastName}` : '',
    ],
    ['Profession', f.occupation],
    ['Main dominante', f.dominantHand ? HAND_LABELS[f.dominantHand] : ''],
    [
      'Accident du travail',
      f.workAccident
        ? `oui, le ${frDate(f.workAccidentDate)} (${f.workAccidentEmployer}, ${f.workAccidentInsurer})`
        : 'non',
    ],
  ])}</table>
<h2>Alertes</h2><ul>${file.alerts.map((a) => `<li>${escape(ALERT_LABELS[a.kind])} ${escape(a.detail)}${a.active ? '' : ' (levée)'}</li>`).join('')}</ul>
<h2>Préférences</h2><ul>${file.preferences.map((p) => `<li>${escape(JSON.stringify(p.value))} — ${escape(p.by)}, ${escape(frDate(p.at))}</li>`).join('')}</ul>
<h2>Consultations (${file.visitCount})</h2><table><tr><th>Date</th><th>Type</th><th>Praticien</th><th>Diagnostic</th><th>Notes</th></tr>${file.visits
    .map(
      (v) =>
        `<tr><td>${escape(frDate(v.date))}</td><td>${escape(VISIT_KIND_LABELS[v.kind])}</td><td>${escape(v.practitionerName)}</td><td>${escape(v.diagnosis)}</td><td>${escape(v.notes)}</td></tr>`,
    )
    .join('')}</table>
<h2>Documents</h2><ul>${file.documents.map((d) => `<li>${escape(d.fileName)} (${escape(d.mime)}, ${d.size} octets, SHA-256 ${escape(d.sha256)})</li>`).join('')}</ul>
<h2>Journal des accès</h2><table><tr><th>Quand</th><th>Qui</th><th>Poste</th><th>Action</th></tr>${accessLog
    .map(
      (e) =>
        `<tr><td>${escape(frDateTime(e.at))}</td><td>${escape(e.userName)}</td><td>${escape(e.seat)}</td><td>${escape(e.action)} ${escape(e.detail)}</td></tr>`,
    )
    .join('')}</table>
</body></html>`;
}
