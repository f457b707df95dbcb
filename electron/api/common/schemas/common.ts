import { z } from 'zod';

export const ROLES = ['surgeon', 'secretary', 'theatre', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * The role groups every contract file uses (one list, so a new role is added in one place).
 * WRITERS keep the patient file and write letters; theatre staff read it.
 */
export const ROLE_GROUPS = {
  EVERYONE: ROLES,
  WRITERS: ['surgeon', 'secretary', 'admin'],
  SURGEONS: ['surgeon', 'admin'],
  ADMIN: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  surgeon: 'Chirurgien',
  secretary: 'Secrétariat',
  theatre: 'Bloc',
  admin: 'Administrateur',
};

/**
 * A trimmed text field with a French label and a length limit: every string that enters has one.
 * A one-line field folds tabs and line breaks into a space; a `multiline` one keeps line breaks
 * (as \n). Other control characters never get this far (the dispatcher drops them).
 */
export function text(title: string, max: number, options: { min?: number; multiline?: boolean } = {}) {
  const folded = z
    .string()
    .overwrite((value) => (options.multiline ? value.replace(/\r\n?/g, '\n') : value.replace(/[\t\r\n]+/g, ' ')))
    .trim()
    .max(max);
  return (options.min ? folded.min(options.min) : folded).meta({ title });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A file or audio buffer. Transport encoding stays at the edges: over HTTP (JSON) it arrives as
 * base64, over Electron IPC as an ArrayBuffer or Uint8Array, and the service always receives a
 * Buffer. The size limit is checked on the decoded bytes.
 */
export function bytes(title: string, maxBytes: number) {
  const limit =
    maxBytes >= 1_048_576
      ? `${Math.round(maxBytes / 1_048_576)} Mo`
      : maxBytes >= 1024
        ? `${Math.round(maxBytes / 1024)} Ko`
        : `${maxBytes} octets`;
  return z
    .custom<string | Uint8Array | ArrayBuffer>(
      (value) => typeof value === 'string' || value instanceof Uint8Array || value instanceof ArrayBuffer,
      {
        message: 'fichier attendu (base64 ou binaire)',
      },
    )
    .transform((value, context) => {
      // A coarse bound before decoding, so a huge string is never decoded to be refused.
      if (typeof value === 'string' && value.length > Math.ceil(maxBytes / 3) * 4 + 4) {
        context.addIssue({ code: 'custom', message: `trop lourd (${limit} au plus)` });
        return z.NEVER;
      }
      if (typeof value === 'string' && !BASE64.test(value)) {
        context.addIssue({ code: 'custom', message: 'contenu illisible (base64 attendu)' });
        return z.NEVER;
      }
      const buffer =
        typeof value === 'string'
          ? Buffer.from(value, 'base64')
          : value instanceof ArrayBuffer
            ? Buffer.from(value)
            : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      if (buffer.length > maxBytes) {
        context.addIssue({ code: 'custom', message: `trop lourd (${limit} au plus)` });
        return z.NEVER;
      }
      return buffer;
    })
    .meta({ title, type: 'string', contentEncoding: 'base64' });
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
