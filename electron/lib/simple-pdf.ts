/**
 * A plain-text PDF (A4, Helvetica, WinAnsi): enough for a record people print and file, such as a
 * completed checklist, without a renderer or LibreOffice. Lines are wrapped; pages follow.
 */
const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 50;
const SIZE = 9;
const LEADING = 12;
const CHARS_PER_LINE = 105;

/** WinAnsi bytes for the French text (the few characters outside Latin-1 mapped by hand). */
function winAnsi(text: string): string {
  const special: Record<string, string> = {
    '’': '\x92',
    '‘': '\x91',
    '“': '\x93',
    '”': '\x94',
    '–': '\x96',
    '—': '\x97',
    œ: '\x9c',
    Œ: '\x8c',
    '…': '\x85',
    '\u202f': ' ',
    '\u00a0': ' ',
  };
  let out = '';
  for (const char of text) {
    const mapped = special[char];
    if (mapped !== undefined) out += mapped;
    else out += char.charCodeAt(0) < 256 ? char : '?';
  }
  return out.replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrap(line: string): string[] {
  const words = line.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > CHARS_PER_LINE) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines;
}

export function textPdf(title: string, lines: readonly string[]): Buffer {
  const wrapped = [title, '', ...lines].flatMap((line) => (line ? wrap(line) : ['']));
  const perPage = Math.floor((HEIGHT - 2 * MARGIN) / LEADING);
  const pages: string[][] = [];
  for (let start = 0; start < wrapped.length; start += perPage) pages.push(wrapped.slice(start, start + perPage));
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const text = page
      .map(
        (line, index) => `BT /F1 ${SIZE} Tf ${MARGIN} ${HEIGHT - MARGIN - index * LEADING} Td (${winAnsi(line)}) Tj ET`,
      )
      .join('\n');
    add(`<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`);
    const contentId = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
