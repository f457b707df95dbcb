import { zipLibrary } from '../../lib/zip-library.js';
import type {
  PageLayout,
  PreviewBlock,
  PreviewParagraph,
  PreviewRun,
} from '../../api/common/schemas/letter-preview.js';

/**
 * The page of a generated .docx as the preview draws it (issue 4, "a faithful preview"): page size
 * and margins, paragraphs with their alignment and spacing, runs with bold, italic, underline,
 * size and colour, line breaks, tabs, and tables. Read from the very file Paume produces, so what
 * the surgeon sees is what the GP receives; pagination and fonts are left to Word or LibreOffice.
 */

const TWIPS_PER_POINT = 20;
/** What WordprocessingML means when a file says nothing (ECMA-376: 10 pt, no spacing, A4 here). */
const DEFAULT_SIZE_PT = 10;
const A4 = { widthPt: 595.3, heightPt: 841.9 };

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The value of w:attr on the first <w:tag …> in xml, or null when there is no such tag. */
function attributeOf(xml: string, tag: string, attribute = 'val'): string | null | undefined {
  const element = new RegExp(`<w:${tag}(?:\\s[^>]*)?/?>`).exec(xml);
  if (!element) return undefined;
  const value = new RegExp(`w:${attribute}="([^"]*)"`).exec(element[0]);
  return value ? (value[1] ?? null) : null;
}

/** <w:b/> is on, <w:b w:val="0"/> or "false" is off, absence is off. */
function toggle(properties: string, tag: string): boolean {
  const value = attributeOf(properties, tag);
  if (value === undefined) return false;
  return value === null || !['0', 'false', 'off', 'none'].includes(value);
}

const points = (twips: string | null | undefined, fallback: number) =>
  twips ? Number(twips) / TWIPS_PER_POINT : fallback;

function run(xml: string): PreviewRun | null {
  const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const content = xml.replace(/<w:rPr>[\s\S]*?<\/w:rPr>/, '');
  const text = [...content.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
    .map((token) => (token[2] === 'tab' ? '\t' : token[2] ? '\n' : unescapeXml(token[1] ?? '')))
    .join('');
  if (text === '') return null;
  const size = attributeOf(properties, 'sz');
  const color = attributeOf(properties, 'color');
  return {
    text,
    bold: toggle(properties, 'b'),
    italic: toggle(properties, 'i'),
    underline: toggle(properties, 'u'),
    sizePt: size ? Number(size) / 2 : null,
    color: color && /^[0-9A-Fa-f]{6}$/.test(color) ? `#${color}` : null,
  };
}

const ALIGNMENTS: Record<string, PreviewParagraph['align']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

function paragraph(xml: string): PreviewParagraph {
  const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const runs = [...xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)]
    .map((match) => run(match[1] ?? ''))
    .filter((found) => found !== null);
  return {
    type: 'paragraph',
    align: ALIGNMENTS[attributeOf(properties, 'jc') ?? 'left'] ?? 'left',
    spaceBeforePt: points(attributeOf(properties, 'spacing', 'before'), 0),
    spaceAfterPt: points(attributeOf(properties, 'spacing', 'after'), 0),
    runs,
  };
}

/** Paragraphs and tables in document order; a table inside a table is read as its paragraphs. */
function blocks(body: string): PreviewBlock[] {
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(
    ([element]) => {
      if (!element.startsWith('<w:tbl>')) return paragraph(element);
      const rows = [...element.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
        [...(row[1] ?? '').matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
          [...(cell[1] ?? '').matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(
            ([cellParagraph]) => paragraph(cellParagraph),
          ),
        ),
      );
      return { type: 'table', rows };
    },
  );
}

export function docxPageLayout(docx: Buffer): PageLayout {
  const zip = new (zipLibrary())(docx);
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const styles = zip.file('word/styles.xml')?.asText() ?? '';
  const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
  const body = (/<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '').replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/g, '');
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
  const defaultSize = attributeOf(defaults, 'sz');
  const margin = (side: string) => points(attributeOf(section, 'pgMar', side), 72);
  return {
    widthPt: points(attributeOf(section, 'pgSz', 'w'), A4.widthPt),
    heightPt: points(attributeOf(section, 'pgSz', 'h'), A4.heightPt),
    margins: { top: margin('top'), right: margin('right'), bottom: margin('bottom'), left: margin('left') },
    defaultSizePt: defaultSize ? Number(defaultSize) / 2 : DEFAULT_SIZE_PT,
    font: attributeOf(defaults, 'rFonts', 'ascii') ?? null,
    blocks: blocks(body),
  };
}

/** The page's text, a paragraph a line (table cells in reading order): for checks and tests. */
export function pageText(layout: PageLayout): string[] {
  const textOf = (paragraph: PreviewParagraph) => paragraph.runs.map((piece) => piece.text).join('');
  return layout.blocks.flatMap((block) =>
    block.type === 'paragraph' ? [textOf(block)] : block.rows.flat(2).map(textOf),
  );
}
