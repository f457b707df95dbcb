import type { SeriesOffset } from './schemas/agenda-series.js';

/** How a delay's unit is written: « j », « jours », « sem », « semaines », « mois », « an(s) ». */
const UNITS: readonly [RegExp, SeriesOffset['unit'], number][] = [
  [/^(j|jr|jrs|jour|jours)$/, 'days', 1],
  [/^(s|sem|sems|semaine|semaines)$/, 'weeks', 1],
  [/^(m|mois)$/, 'months', 1],
  [/^(an|ans|annee|annees)$/, 'months', 12],
];

/**
 * « 10 j, 6 sem et 3 mois » → three delays (issue 24 point 15), as a secretary types them after an
 * operation: any separator (comma, « et », « puis », spaces), accents and case ignored. A piece
 * that is not « number unit » is named, so nothing typed is guessed.
 */
export function parseOffsets(typed: string): { offsets: SeriesOffset[] } | { error: string } {
  const plain = typed
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(et|puis|a|à)\b/g, ' ')
    .replace(/[,;+/]/g, ' ')
    .trim();
  if (!plain) return { error: 'Délais : au moins un, par exemple « 10 j, 6 sem, 3 mois ».' };
  const tokens = plain.match(/\d+|[a-z]+/g) ?? [];
  const offsets: SeriesOffset[] = [];
  for (let index = 0; index < tokens.length; index += 2) {
    const amount = Number(tokens[index]);
    const word = tokens[index + 1] ?? '';
    const unit = UNITS.find(([pattern]) => pattern.test(word));
    if (!Number.isInteger(amount) || amount < 1 || !unit)
      return {
        error: `Délais : « ${[tokens[index], tokens[index + 1]].filter(Boolean).join(' ')} » n’est pas un délai (un nombre puis j, sem ou mois).`,
      };
    offsets.push({ amount: amount * unit[2], unit: unit[1] });
  }
  return { offsets };
}
