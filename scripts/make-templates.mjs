// Writes the letter templates shipped in templates/ (.docx) from the descriptions below, so that
// their wording is reviewable in this file. Run: node scripts/make-templates.mjs
// Tags follow docxtemplater: {patient.fullName}; {#gp}…{/gp} when known, {^gp}…{/gp} otherwise;
// sections keep their line breaks.
import PizZip from 'pizzip';
import { writeFileSync, mkdirSync } from 'node:fs';

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph: [text, { bold, size (half-points), align, spaceAfter }]. */
function paragraph(text, options = {}) {
  const runProps = `${options.bold ? '<w:b/>' : ''}${options.size ? `<w:sz w:val="${options.size}"/>` : ''}${options.color ? `<w:color w:val="${options.color}"/>` : ''}`;
  const paraProps = `<w:pPr>${options.align ? `<w:jc w:val="${options.align}"/>` : ''}<w:spacing w:after="${options.spaceAfter ?? 120}"/></w:pPr>`;
  return `<w:p>${paraProps}<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

const letterhead = [
  paragraph('{practice.name}', { bold: true, size: 28, color: '1B6E5A', spaceAfter: 0 }),
  paragraph('{practice.address}', { spaceAfter: 0 }),
  paragraph(
    '{#practice.phone}Tél. {practice.phone}{/practice.phone}{#practice.email} — {practice.email}{/practice.email}{#practice.finess} — FINESS {practice.finess}{/practice.finess}',
    { spaceAfter: 240 },
  ),
  paragraph('{surgeon.fullName}{#surgeon.specialty}, {surgeon.specialty}{/surgeon.specialty}', {
    bold: true,
    spaceAfter: 0,
  }),
  paragraph('{#surgeon.rpps}RPPS {surgeon.rpps}{/surgeon.rpps}', { spaceAfter: 240 }),
];
const patientLine = paragraph(
  'Patient : {patient.fullName}, {patient.born} le {patient.birthDate} ({patient.age} ans){#patient.nir} — NIR {patient.nir}{/patient.nir}',
  { bold: true },
);
const signature = [
  paragraph(''),
  paragraph('{surgeon.signature}', { align: 'right', bold: true }),
  paragraph('{#practice.city}{practice.city}, {/practice.city}le {today}', { align: 'right' }),
];
const section = (title, key) => [paragraph(title, { bold: true, spaceAfter: 60 }), paragraph(`{sections.${key}}`)];

const TEMPLATES = [
  {
    kind: 'gp-letter',
    file: 'courrier-medecin-traitant.docx',
    label: 'Courrier au médecin traitant (consultation)',
    sections: [
      ['history', 'Histoire'],
      ['examination', 'Examen clinique'],
      ['conclusion', 'Conclusion et conduite à tenir'],
    ],
    body: [
      paragraph('{#gp}{fullName}{#city}, {city}{/city}{/gp}{^gp}Au médecin traitant{/gp}', { align: 'right' }),
      paragraph('{#referrer}Copie : {fullName}{/referrer}', { align: 'right', spaceAfter: 240 }),
      paragraph('Objet : consultation du {visit.date} — {visit.kind}', { bold: true }),
      patientLine,
      paragraph('{#gp}Cher confrère,{/gp}{^gp}Madame, Monsieur,{/gp}'),
      paragraph(
        'J’ai vu en consultation {patient.civilityName}{#patient.occupation}, {patient.occupation}{/patient.occupation}{#patient.dominantHand}, {patient.dominantHand}{/patient.dominantHand}, pour : {visit.diagnosis}{#visit.site} ({visit.site}){/visit.site}.',
      ),
      ...section('Histoire', 'history'),
      ...section('Examen clinique', 'examination'),
      ...section('Conclusion et conduite à tenir', 'conclusion'),
      paragraph('Je vous remercie de votre confiance et reste à votre disposition.'),
      paragraph('Bien confraternellement,'),
    ],
  },
  {
    kind: 'operative-report',
    file: 'compte-rendu-operatoire.docx',
    label: 'Compte rendu opératoire',
    sections: [
      ['indication', 'Indication'],
      ['anaesthesia', 'Anesthésie'],
      ['procedure', 'Déroulement'],
      ['devices', 'Matériel implanté'],
      ['postop', 'Suites prévues'],
    ],
    body: [
      paragraph('COMPTE RENDU OPÉRATOIRE', { bold: true, size: 28, align: 'center' }),
      patientLine,
      paragraph('Intervention du {visit.date}{#visit.site} — {visit.site}{/visit.site}'),
      paragraph('Opérateur : {surgeon.fullName}'),
      paragraph('Diagnostic : {visit.diagnosis}'),
      ...section('Indication', 'indication'),
      ...section('Anesthésie', 'anaesthesia'),
      ...section('Déroulement', 'procedure'),
      ...section('Matériel implanté', 'devices'),
      ...section('Suites prévues', 'postop'),
    ],
  },
  {
    kind: 'postop-instructions',
    file: 'consignes-post-operatoires.docx',
    label: 'Consignes post-opératoires (pour le patient)',
    sections: [
      ['instructions', 'Consignes'],
      ['appointment', 'Prochain rendez-vous'],
    ],
    body: [
      paragraph('Consignes après votre intervention', { bold: true, size: 28, align: 'center' }),
      paragraph('{patient.civilityName}, voici ce qu’il faut faire dans les jours qui viennent.'),
      paragraph('Intervention du {visit.date} : {visit.diagnosis}{#visit.site} ({visit.site}){/visit.site}'),
      paragraph(
        'Gardez la main surélevée, plus haute que le coude, les premiers jours. Bougez les doigts non immobilisés plusieurs fois par jour. Ne mouillez pas le pansement.',
      ),
      ...section('Consignes', 'instructions'),
      ...section('Prochain rendez-vous', 'appointment'),
      paragraph(
        'Appelez sans attendre{#practice.phone} le {practice.phone}{/practice.phone} en cas de fièvre, de douleur qui augmente, de doigts froids, blancs ou engourdis, ou si le pansement saigne.',
        { bold: true },
      ),
    ],
  },
  {
    kind: 'discharge-liaison',
    file: 'lettre-de-liaison.docx',
    label: 'Lettre de liaison (sortie)',
    sections: [
      ['reason', 'Motif de la prise en charge'],
      ['summary', 'Synthèse médicale du séjour'],
      ['treatments', 'Traitements (arrêtés, modifiés, prescrits)'],
      ['devices', 'Dispositifs médicaux implantés'],
      ['followUp', 'Suite à donner, rendez-vous'],
      ['pendingResults', 'Résultats en attente'],
    ],
    body: [
      paragraph('LETTRE DE LIAISON', { bold: true, size: 28, align: 'center' }),
      paragraph(
        '{#gp}Destinataire : {fullName}{/gp}{^gp}Destinataire : médecin traitant{/gp}{#referrer} — copie : {fullName}{/referrer}',
      ),
      patientLine,
      paragraph('Séjour du {visit.date} — praticien responsable : {surgeon.fullName}'),
      ...section('Motif de la prise en charge', 'reason'),
      ...section('Synthèse médicale du séjour', 'summary'),
      ...section('Traitements (arrêtés, modifiés, prescrits)', 'treatments'),
      ...section('Dispositifs médicaux implantés', 'devices'),
      ...section('Suite à donner, rendez-vous', 'followUp'),
      ...section('Résultats en attente', 'pendingResults'),
    ],
  },
  {
    kind: 'convocation',
    file: 'convocation.docx',
    label: 'Convocation',
    sections: [
      ['appointment', 'Date, heure et lieu'],
      ['preparation', 'À prévoir'],
    ],
    body: [
      paragraph('CONVOCATION', { bold: true, size: 28, align: 'center' }),
      paragraph('{patient.civilityName},'),
      paragraph('Vous êtes attendu(e) au {practice.name} ({practice.address}).'),
      ...section('Date, heure et lieu', 'appointment'),
      ...section('À prévoir', 'preparation'),
      paragraph(
        'Apportez votre carte Vitale, votre pièce d’identité et vos ordonnances en cours. En cas d’empêchement, prévenez-nous{#practice.phone} au {practice.phone}{/practice.phone}.',
      ),
    ],
  },
];

function docx(body) {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

mkdirSync('templates', { recursive: true });
const manifest = TEMPLATES.map(({ kind, file, label, sections, body }) => {
  writeFileSync(`templates/${file}`, docx([...letterhead, ...body, ...signature]));
  return { kind, file, label, sections: sections.map(([key, title]) => ({ key, title })) };
});
writeFileSync('templates/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} modèles écrits dans templates/`);
