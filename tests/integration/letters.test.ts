import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../electron/lib/package-path.js';
import type { PageLayout } from '../../electron/api/common/schemas/letter-preview.js';
import { docxPageLayout, pageText } from '../../electron/services/letters/docx-layout.js';
import { convertToPdf, findLibreOffice } from '../../electron/services/letters/pdf.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, openTempCore, RPPS, tempDir } from '../helpers/temp-core.js';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let fullVisit: number;
let fullPatient: number;
let bareVisit: number;
const manifest = JSON.parse(readFileSync(packagePath('templates', 'manifest.json'), 'utf8')) as {
  kind: string;
  sections: { key: string }[];
}[];

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

beforeAll(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  await admin.call('setup.initialize', FIRST_ADMIN);
  const practice = await value<Record<string, unknown>>(admin.call('practice.get'));
  await value(
    admin.call('practice.update', {
      ...practice,
      addressLine: '39 avenue de la Sénatorerie',
      postalCode: '23000',
      city: 'Guéret',
      phone: '05 55 51 00 00',
      email: 'secretariat@sosmain.fr',
      finess: '230000000',
    }),
  );
  const surgeon = await value<{ id: number }>(
    admin.call('practice.addPractitioner', {
      kind: 'surgeon',
      title: 'Dr',
      firstName: 'Claire',
      lastName: 'Fontaine',
      rpps: RPPS.a,
      specialty: 'Chirurgie de la main',
      signature: 'Dr Claire Fontaine — chirurgienne de la main',
    }),
  );
  const gp = await value<{ id: number }>(
    admin.call('doctors.create', {
      title: 'Dr',
      firstName: 'Hélène',
      lastName: 'Marchais',
      specialty: 'Médecine générale',
      city: 'Aubusson',
      phone: '',
      email: '',
    }),
  );
  const full = await value<{ id: number }>(
    admin.call('patients.create', { ...patientInput({ gpId: gp.id, referrerId: gp.id }), confirmNotDuplicate: true }),
  );
  fullPatient = full.id;
  fullVisit = (
    await value<{ id: number }>(
      admin.call('visits.create', {
        patientId: full.id,
        date: '2026-11-20',
        practitionerId: surgeon.id,
        kind: 'emergency',
        notes: '',
        diagnosis: 'Section du fléchisseur profond',
        side: 'right',
        digits: ['D2', 'D3'],
      }),
    )
  ).id;
  const bare = await value<{ id: number }>(
    admin.call('patients.create', {
      ...patientInput({
        birthName: 'Sanstout',
        phoneMobile: '',
        occupation: '',
        dominantHand: null,
        addressLine: '',
        city: '',
        postalCode: '',
      }),
      confirmNotDuplicate: true,
    }),
  );
  bareVisit = (
    await value<{ id: number }>(
      admin.call('visits.create', {
        patientId: bare.id,
        date: '2026-11-21',
        practitionerId: null,
        kind: 'scheduled',
        notes: '',
        diagnosis: '',
        side: null,
        digits: [],
      }),
    )
  ).id;
});
afterAll(() => {
  opened.dispose();
});

describe('letter templates', () => {
  for (const template of manifest) {
    it(`${template.kind}: renders with full data, prefilled from the file`, async () => {
      const sections = Object.fromEntries(
        template.sections.map((section) => [section.key, `Texte de ${section.key}.\nDeuxième ligne.`]),
      );
      const paragraphs = pageText(
        await value<PageLayout>(admin.call('letters.preview', { visitId: fullVisit, kind: template.kind, sections })),
      );
      const text = paragraphs.join('\n');
      expect(text).toContain('SOS Main Test');
      expect(text).toContain('LEFÈVRE');
      expect(text).toContain('05 55 51 00 00');
      expect(text).not.toMatch(/[{}]/);
      for (const section of template.sections) expect(text).toContain(`Texte de ${section.key}.\nDeuxième ligne.`);
    });

    it(`${template.kind}: renders with optional data missing, leaving no holes`, async () => {
      const paragraphs = pageText(
        await value<PageLayout>(
          admin.call('letters.preview', { visitId: bareVisit, kind: template.kind, sections: {} }),
        ),
      );
      const text = paragraphs.join('\n');
      expect(text).toContain('SANSTOUT');
      expect(text).not.toMatch(/[{}]|undefined|null/);
    });
  }

  it('fills the letter to the GP with the doctor, the visit, the side and digits', async () => {
    const text = pageText(
      await value<PageLayout>(admin.call('letters.preview', { visitId: fullVisit, kind: 'gp-letter', sections: {} })),
    ).join('\n');
    expect(text).toContain('Dr Hélène Marchais, Aubusson');
    expect(text).toContain('Cher confrère,');
    expect(text).toContain('Section du fléchisseur profond (côté droit, index, majeur)');
    // The sex is known (F): « née », never « né(e) » (issue 22 item 16).
    expect(text).toMatch(/, née le \d\d\/\d\d\/\d{4}/);
    expect(text).not.toContain('né(e)');
    const bare = pageText(
      await value<PageLayout>(admin.call('letters.preview', { visitId: bareVisit, kind: 'gp-letter', sections: {} })),
    ).join('\n');
    expect(bare).toContain('Madame, Monsieur,');
    expect(bare).toContain('Au médecin traitant');
  });
});

describe('generated letters', () => {
  it('stores each generation as a new version with its author, keeping the old one', async () => {
    const first = await value<{ id: number; version: number }>(
      admin.call('letters.generate', {
        visitId: fullVisit,
        kind: 'gp-letter',
        sections: { history: 'Chute à vélo.', examination: '', conclusion: '' },
      }),
    );
    const second = await value<{ id: number; version: number; author: string }>(
      admin.call('letters.generate', {
        visitId: fullVisit,
        kind: 'gp-letter',
        sections: { history: 'Chute à vélo la veille.', examination: '', conclusion: '' },
      }),
    );
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.author).toBe('Dr Alice Martin');
    expect(await value(admin.call('letters.draft', { visitId: fullVisit, kind: 'gp-letter' }))).toEqual({
      sections: { history: 'Chute à vélo la veille.', examination: '', conclusion: '' },
      savedDraft: null,
    });
    // A draft typed after the last version is what the editor reopens (issue 10), until generated.
    await value(
      admin.call('letters.saveDraft', {
        visitId: fullVisit,
        kind: 'gp-letter',
        sections: { history: 'Chute à vélo, en cours…' },
      }),
    );
    expect(await value(admin.call('letters.draft', { visitId: fullVisit, kind: 'gp-letter' }))).toMatchObject({
      sections: { history: 'Chute à vélo, en cours…', examination: '' },
      savedDraft: { by: 'Dr Alice Martin' },
    });
    expect(await value(admin.call('letters.drafts', { patientId: fullPatient }))).toMatchObject([
      { visitId: fullVisit, kind: 'gp-letter' },
    ]);
    await value(
      admin.call('letters.generate', {
        visitId: fullVisit,
        kind: 'gp-letter',
        sections: { history: 'Chute à vélo, en cours…' },
      }),
    );
    expect(await value(admin.call('letters.drafts', { patientId: fullPatient }))).toEqual([]);
    const docx = await value<{ contentBase64: string; mime: string }>(
      admin.call('letters.file', { id: first.id, format: 'docx' }),
    );
    expect(pageText(docxPageLayout(Buffer.from(docx.contentBase64, 'base64'))).join('\n')).toContain('Chute à vélo.');
    expect(
      await admin.call('letters.generate', { visitId: fullVisit, kind: 'gp-letter', sections: { nope: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/Section\(s\) inconnue\(s\) pour ce modèle : nope/),
      },
    });
  });

  it('converts a letter to PDF with LibreOffice, whose text reads right and whose page renders', async () => {
    const command = await findLibreOffice();
    expect(command, 'LibreOffice (libreoffice-writer-nogui) must be installed for this test').not.toBeNull();
    const { dir, remove } = tempDir();
    const docxPath = join(dir, 'courrier.docx');
    const generated = await value<{ id: number }>(
      admin.call('letters.generate', {
        visitId: fullVisit,
        kind: 'operative-report',
        sections: {
          indication: 'Plaie palmaire de l’index avec déficit de flexion.',
          procedure: 'Suture du fléchisseur profond selon Tsuge.',
        },
      }),
    );
    const docx = Buffer.from(
      (await value<{ contentBase64: string }>(admin.call('letters.file', { id: generated.id, format: 'docx' })))
        .contentBase64,
      'base64',
    );
    writeFileSync(docxPath, docx);
    const pdf = await convertToPdf(command as string, docx);
    writeFileSync(join(dir, 'courrier.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'courrier.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('COMPTE RENDU OPÉRATOIRE');
    expect(text).toContain('Suture du fléchisseur profond selon Tsuge.');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', join(dir, 'courrier.pdf'), join(dir, 'page')]);
    const page = readFileSync(join(dir, 'page-1.png'));
    expect(page.subarray(1, 4).toString()).toBe('PNG');
    // Kept for a person to look at (test-results/screenshots/letter-page.png).
    mkdirSync(join('test-results', 'screenshots'), { recursive: true });
    writeFileSync(join('test-results', 'screenshots', 'letter-page.png'), page);
    remove();
  }, 120_000);
});

describe('a practice’s own template', () => {
  const withBody = (body: string) => {
    const zip = new PizZip(readFileSync(packagePath('templates', 'convocation.docx')));
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">${body}</w:t></w:r></w:p></w:body></w:document>`,
    );
    return zip.generate({ type: 'nodebuffer' }).toString('base64');
  };

  it('accepts every template Paume ships (conditions and nested fields included)', async () => {
    for (const template of manifest) {
      const file = readFileSync(packagePath('templates', (template as unknown as { file: string }).file)).toString(
        'base64',
      );
      expect(
        await admin.call('letters.uploadTemplate', { kind: template.kind, fileName: 'copie.docx', content: file }),
        template.kind,
      ).toEqual({ ok: true, value: { done: true } });
    }
  });

  it('is refused with its broken tags named', async () => {
    const result = await admin.call('letters.uploadTemplate', {
      kind: 'convocation',
      fileName: 'conv.docx',
      content: withBody('Bonjour {patient.fullName, rendez-vous {sections.appointment}'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/Modèle refusé, balises cassées : .*patient\.fullName/),
      },
    });
  });

  it('is refused with its unknown fields named, and the fields that exist listed', async () => {
    const result = await admin.call('letters.uploadTemplate', {
      kind: 'convocation',
      fileName: 'conv.docx',
      content: withBody('Bonjour {patient.shoeSize} {sections.appointment}'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /champs inconnus : patient\.shoeSize\. Champs disponibles : .*patient\.fullName.*sections\.appointment/,
        ),
      },
    });
    expect(
      await admin.call('letters.uploadTemplate', {
        kind: 'convocation',
        fileName: 'x.docx',
        content: Buffer.from('pas un docx').toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/pas un document \.docx/) } });
  });

  it('replaces the shipped one when it is sound', async () => {
    expect(
      await admin.call('letters.uploadTemplate', {
        kind: 'convocation',
        fileName: 'conv.docx',
        content: withBody('Convocation de {patient.fullName} : {sections.appointment}'),
      }),
    ).toEqual({ ok: true, value: { done: true } });
    const text = pageText(
      await value<PageLayout>(
        admin.call('letters.preview', {
          visitId: fullVisit,
          kind: 'convocation',
          sections: { appointment: 'lundi 9 h' },
        }),
      ),
    );
    expect(text).toEqual(['Convocation de LEFÈVRE Jeanne : lundi 9 h']);
  });
});
