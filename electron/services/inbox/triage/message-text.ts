import { foldWord } from './tokens.js';

/**
 * Which words of a message count (issue 23). A forwarded message is the patient's or a
 * colleague's own words and counts in full, « > » quotes included; a P.S., the subject and the
 * middle of a long letter count too. Only copies of the practice's own earlier messages are set
 * aside (what the secretariat wrote is not what the patient says), and so are signatures and
 * legal footers. Text is blanked, never cut, so every offset still points into the message as
 * the secretary sees it.
 */
export interface PracticeIdentity {
  /** The practice's addresses and display names: the message's recipients, its mail accounts. */
  readonly names: readonly string[];
}

/** Webmail domains say nothing about who wrote: for those the address's own name is used. */
const WEBMAIL = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'orange',
  'wanadoo',
  'free',
  'sfr',
  'laposte',
  'icloud',
  'me',
  'protonmail',
  'proton',
  'gmx',
  'aol',
  'bbox',
  'neuf',
]);
const GENERIC = new Set(['contact', 'info', 'accueil', 'mail', 'courrier', 'exemple', 'example', 'com', 'fr', 'org']);

const squash = (text: string) => foldWord(text).replace(/[^a-z0-9]+/g, '');

/** The marks that name the practice in a quoted header: its addresses, names and own domain. */
export function practiceMarks(identity: PracticeIdentity): string[] {
  const marks = new Set<string>();
  for (const raw of identity.names) {
    const folded = foldWord(raw);
    for (const address of folded.match(/[a-z0-9._%+-]+@[a-z0-9.-]+/g) ?? []) {
      marks.add(squash(address));
      const [local = '', domain = ''] = address.split('@');
      const labels = domain
        .split('.')
        .slice(0, -1)
        .join('-')
        .split(/[^a-z0-9]+/);
      const distinctive = labels.filter((label) => label.length >= 4 && !WEBMAIL.has(label) && !GENERIC.has(label));
      if (distinctive.length && !labels.some((label) => WEBMAIL.has(label)))
        distinctive.forEach((label) => marks.add(label));
      else if (local.length >= 6) marks.add(squash(local));
    }
    const name = squash(folded.replace(/<[^>]*>/g, ''));
    if (name.length >= 6) marks.add(name);
  }
  return [...marks];
}

const QUOTE_HEADER = /^\s*(?:>\s*)*(?:Le |On ).{4,200}(?:a écrit|a ecrit|wrote)\s*:\s*$/i;
const BLOCK_HEADER =
  /^\s*(?:-{2,}\s*(?:Message d'origine|Original Message|Message transféré|Message transfere|Forwarded message)\s*-{2,}|Début du message réexpédié\s*:|Begin forwarded message\s*:|-{3,}\s*Mail original\s*-{3,})\s*$/i;
const SIGNATURE = /^--\s*$/;
const POSTSCRIPT = /^\s*P\.?\s?S\.?\s?[:.-]?\s/i;
const SENT_FROM = /^\s*(?:Envoyé de mon|Envoye de mon|Sent from my|Obtenir Outlook)\b/i;
const FOOTER =
  /(?:confidenti|destinataires? (?:exclusif|prévu)|pièces? jointes? sont|avant d'imprimer|this e-?mail (?:and|is)|disclaimer|intended recipient)/i;

/** The practice wrote this header when it names one of the practice's marks. */
const namesPractice = (lines: readonly string[], marks: readonly string[]) => {
  const squashed = squash(lines.join(' '));
  return marks.some((mark) => squashed.includes(mark));
};

const marksOf = new Map<string, string[]>();

export function countedBody(body: string, identity: PracticeIdentity): string {
  const key = identity.names.join('\n');
  let marks = marksOf.get(key);
  if (!marks) {
    marks = practiceMarks(identity);
    if (marksOf.size > 100) marksOf.clear();
    marksOf.set(key, marks);
  }
  const lines = body.split('\n');
  const blank = new Array<boolean>(lines.length).fill(false);
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as string;
    if (BLOCK_HEADER.test(line) || (QUOTE_HEADER.test(line) && !line.trimStart().startsWith('>'))) {
      // A quoted or forwarded block: it runs to the next block header, or, for « > » quotes, as
      // long as lines are quoted; the practice's own is set aside, anyone else's counts.
      const header = lines.slice(index, index + 6);
      const own = namesPractice(header, marks);
      let end = index + 1;
      const quoted = QUOTE_HEADER.test(line);
      while (end < lines.length) {
        const next = lines[end] as string;
        if (BLOCK_HEADER.test(next) || (QUOTE_HEADER.test(next) && !next.trimStart().startsWith('>'))) break;
        if (POSTSCRIPT.test(next)) break; // a P.S. below the quoted message is the writer's own
        if (quoted && next.trim() !== '' && !next.trimStart().startsWith('>')) break;
        end += 1;
      }
      for (let at = index; at < end; at += 1) blank[at] = own || at === index;
      index = end;
      continue;
    }
    if (line.trimStart().startsWith('>') && !blank[index]) {
      // Quoted lines with no header line above: the practice's if their first lines name it.
      let end = index;
      while (end < lines.length && (lines[end] as string).trimStart().startsWith('>')) end += 1;
      const own = namesPractice(lines.slice(Math.max(0, index - 1), Math.min(end, index + 5)), marks);
      for (let at = index; at < end; at += 1) blank[at] = own;
      index = end;
      continue;
    }
    if (SIGNATURE.test(line)) {
      let end = index;
      while (end < lines.length && !BLOCK_HEADER.test(lines[end] as string) && !QUOTE_HEADER.test(lines[end] as string))
        end += 1;
      for (let at = index; at < end; at += 1) blank[at] = true;
      index = end;
      continue;
    }
    if (SENT_FROM.test(line) || (FOOTER.test(line) && index >= lines.length - 12)) blank[index] = true;
    index += 1;
  }
  return lines
    .map((line, at) =>
      blank[at]
        ? ' '.repeat(line.length)
        : line.replace(/^(\s*)((?:>\s?)+)/, (_, space: string, marks_: string) => space + ' '.repeat(marks_.length)),
    )
    .join('\n');
}
