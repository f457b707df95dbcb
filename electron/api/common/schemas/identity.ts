import { z } from 'zod';

/** 'YYYY-MM-DD' of a real calendar day (no 31 February). */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Accepts 12/03/1961, 12031961 or 1961-03-12; gives 1961-03-12, or null. */
export function parseFrenchDate(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  let candidate: string | null = null;
  if (iso) candidate = text;
  else if (french) candidate = `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}`;
  return candidate && isRealDate(candidate) ? candidate : null;
}

/**
 * A calendar day, typed the French way (25/11/2026, 25.11.2026, 25112026) or as ISO (2026-11-25),
 * stored as ISO (issue 10: nobody is asked for AAAA-MM-JJ).
 */
export function dateSchema(title: string) {
  return (
    z
      .string()
      .trim()
      .overwrite((value) => parseFrenchDate(value) ?? value)
      // An empty required date is missing, not impossible (issue 22 item 16): each said as it is.
      .refine((value) => value !== '', { message: 'date à saisir (JJ/MM/AAAA)' })
      .refine((value) => value === '' || isRealDate(value), {
        message: 'date impossible (attendu : JJ/MM/AAAA, un jour qui existe)',
      })
      .meta({ title })
  );
}

/**
 * NIR (numéro de sécurité sociale): 13 characters then a 2-digit key = 97 - (number mod 97).
 * Corsica: department 2A counts as 19, 2B as 18 in the computation.
 */
export function nirKeyValid(nir: string): boolean {
  const match = /^([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(nir);
  if (!match) return false;
  const body = nir.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = 97 - Number(BigInt(body) % 97n);
  return key === Number(nir.slice(13));
}

export const nirSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^(|[1-478]\d{4}(\d{2}|2A|2B)\d{8})$/, {
        message: 'le NIR compte 15 caractères (13 chiffres, 2A ou 2B pour la Corse, puis la clé)',
      })
      .refine((value) => value === '' || nirKeyValid(value), {
        message: 'NIR invalide : la clé de contrôle ne correspond pas',
      }),
  )
  .meta({ title: 'NIR (n° de sécurité sociale)' });

/** Checks a NIR against the other traits: sex digit and year/month of birth. */
export function nirMismatch(nir: string, sex: string, birthDate: string): string | null {
  if (!nir) return null;
  const sexDigit = nir[0];
  if ((sexDigit === '1' && sex === 'F') || (sexDigit === '2' && sex === 'M'))
    return 'le NIR ne correspond pas au sexe saisi';
  if (nir.slice(1, 3) !== birthDate.slice(2, 4)) return 'le NIR ne correspond pas à l’année de naissance';
  const month = Number(nir.slice(3, 5));
  if (month >= 1 && month <= 12 && nir.slice(3, 5) !== birthDate.slice(5, 7))
    return 'le NIR ne correspond pas au mois de naissance';
  return null;
}

/** INSEE code of the birthplace: 5 characters (2A/2B for Corsica, 99xxx abroad). */
export const inseeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(|\d{5}|2[AB]\d{3})$/, { message: 'le code INSEE du lieu de naissance compte 5 caractères' })
  .meta({ title: 'Lieu de naissance (code INSEE)' });

/** Age in whole years on a given day (both ISO dates). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
