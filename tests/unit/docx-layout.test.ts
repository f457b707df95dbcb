import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../electron/lib/package-path.js';
import { docxPageLayout, pageText } from '../../electron/services/letters/docx-layout.js';

// The page the preview draws, read from WordprocessingML as Word and LibreOffice write it.
function docx(body: string, options: { section?: string; styles?: string } = {}): Buffer {
  const zip = new PizZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${options.section ?? ''}</w:body></w:document>`,
  );
  if (options.styles)
    zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles xmlns:w="x">${options.styles}</w:styles>`);
  return zip.generate({ type: 'nodebuffer' });
}
const plain = { bold: false, italic: false, underline: false, sizePt: null, color: null };

describe('docx page layout', () => {
  it('reads page size, margins and the default type from the section and the styles', () => {
    const layout = docxPageLayout(
      docx('', {
        section:
          '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="720" w:bottom="1440" w:left="1800"/></w:sectPr>',
        styles:
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>',
      }),
    );
    expect(layout).toEqual({
      widthPt: 612,
      heightPt: 792,
      margins: { top: 72, right: 36, bottom: 72, left: 90 },
      defaultSizePt: 11,
      font: 'Calibri',
      blocks: [],
    });
  });

  it('says A4 and 10 pt when the file says nothing, as WordprocessingML does', () => {
    expect(docxPageLayout(docx(''))).toMatchObject({ widthPt: 595.3, heightPt: 841.9, defaultSizePt: 10, font: null });
  });

  it('keeps alignment, spacing, emphasis, size, colour, tabs and line breaks', () => {
    const layout = docxPageLayout(
      docx(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="120"/><w:rPr><w:b/></w:rPr></w:pPr>' +
          '<w:r><w:rPr><w:b/><w:i/><w:u w:val="single"/><w:sz w:val="28"/><w:color w:val="1B6E5A"/></w:rPr><w:t>Titre</w:t></w:r>' +
          '<w:r><w:rPr><w:b w:val="0"/><w:u w:val="none"/><w:color w:val="auto"/></w:rPr><w:t xml:space="preserve"> A &amp; B</w:t><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t></w:r></w:p>' +
          '<w:p/><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:hyperlink><w:r><w:t>lien</w:t></w:r></w:hyperlink></w:p>',
      ),
    );
    expect(layout.blocks).toEqual([
      {
        type: 'paragraph',
        align: 'center',
        spaceBeforePt: 12,
        spaceAfterPt: 6,
        runs: [
          { text: 'Titre', bold: true, italic: true, underline: true, sizePt: 14, color: '#1B6E5A' },
          { ...plain, text: ' A & B\tC\nD' },
        ],
      },
      { type: 'paragraph', align: 'left', spaceBeforePt: 0, spaceAfterPt: 0, runs: [] },
      { type: 'paragraph', align: 'justify', spaceBeforePt: 0, spaceAfterPt: 0, runs: [{ ...plain, text: 'lien' }] },
    ]);
  });

  it('reads tables row by row and cell by cell, between the paragraphs around them', () => {
    const cell = (text: string) => `<w:tc><w:tcPr/><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const layout = docxPageLayout(
      docx(
        `<w:p><w:r><w:t>avant</w:t></w:r></w:p><w:tbl><w:tr>${cell('Nom')}${cell('Main')}</w:tr><w:tr>${cell('Jeanne')}${cell('droite')}</w:tr></w:tbl><w:p><w:r><w:t>après</w:t></w:r></w:p>`,
      ),
    );
    expect(layout.blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(pageText(layout)).toEqual(['avant', 'Nom', 'Main', 'Jeanne', 'droite', 'après']);
  });

  it('reads the shipped templates with their letterhead colour, bold titles and right-aligned signature', () => {
    const layout = docxPageLayout(readFileSync(packagePath('templates', 'compte-rendu-operatoire.docx')));
    expect(layout.margins.left).toBeCloseTo(56.7, 1);
    const paragraphs = layout.blocks.filter((block) => block.type === 'paragraph');
    expect(paragraphs[0]?.runs[0]).toMatchObject({ text: '{practice.name}', bold: true, sizePt: 14, color: '#1B6E5A' });
    expect(paragraphs.find((block) => block.runs[0]?.text === '{surgeon.signature}')).toMatchObject({ align: 'right' });
  });
});
