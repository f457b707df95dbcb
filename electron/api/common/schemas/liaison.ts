import { z } from 'zod';
import { dateSchema } from './identity.js';

/**
 * The lettre de liaison (issue 26 item 4, décret 2016-995): given to the patient on the day they
 * leave. Prepared when a case reaches « sorti »; the theatre list names who left without it.
 */
export const LIAISON_KIND = 'discharge-liaison';

/** How many days back the list of those who left without their letter reaches, at most. */
export const LIAISON_SPAN_DAYS = 31;

export const liaisonMissingInput = z
  .object({
    from: dateSchema('Du'),
    to: dateSchema('Au'),
  })
  .strict()
  .refine((input) => input.from <= input.to, { path: ['to'], message: 'Le « au » vient avant le « du ».' })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) <= LIAISON_SPAN_DAYS * 86_400_000, {
    path: ['from'],
    message: `Au plus ${LIAISON_SPAN_DAYS} jours à la fois.`,
  });

export const liaisonMissingSchema = z.array(
  z.object({
    caseId: z.number(),
    date: z.string(),
    patientId: z.number(),
    displayName: z.string(),
    /** Beside the name in every list (identity vigilance). */
    birthDate: z.string(),
    procedure: z.string(),
    /** The draft prepared at « sorti » is there, waiting to be signed (false: not even prepared). */
    prepared: z.boolean(),
  }),
);
