import { z } from 'zod';

export const ROLES = ['surgeon', 'secretary', 'theatre', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  surgeon: 'Chirurgien',
  secretary: 'Secrétariat',
  theatre: 'Bloc',
  admin: 'Administrateur',
};

/** A trimmed text field with a French label and a length limit: every string that enters has one. */
export function text(title: string, max: number, options: { min?: number } = {}) {
  const base = z.string().trim().max(max);
  return (options.min ? base.min(options.min) : base).meta({ title });
}

export const idSchema = z.number().int().positive().meta({ title: 'Identifiant' });

export const emptyInput = z.object({}).strict();

/** Luhn check, used by RPPS (11 digits) and FINESS (9 characters) identifiers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
