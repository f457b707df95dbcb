import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { emptyInput, ROLE_GROUPS, text } from './schemas/common.js';

const { ADMIN } = ROLE_GROUPS;
const hex = (title: string, length: number) =>
  z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${length}}$`), `${length} chiffres hexadécimaux attendus`)
    .meta({ title });

export const seatSchema = z.object({
  id: z.number(),
  name: z.string(),
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** Other seats over the practice network (issue 14): pairing with a short code, the list, withdrawal. */
export const seatMethods = {
  'seats.list': method({
    input: emptyInput,
    output: z.object({
      /** Null when this server was started without --host: no seat can join it. */
      network: z.object({ urls: z.array(z.string()), caFingerprint: z.string(), caPem: z.string() }).nullable(),
      seats: z.array(seatSchema),
    }),
    access: ADMIN,
    mutates: false,
    summary: 'Voir les postes appairés à ce poste hôte',
  }),
  'seats.startPairing': method({
    input: emptyInput,
    // The start of the host's certificate fingerprint, to compare on the new seat before the code
    // is used (issue 27 item 7).
    output: z.object({ code: z.string(), expiresAt: z.string(), hostFingerprint: z.string() }),
    access: ADMIN,
    mutates: true,
    summary: 'Afficher un code pour appairer un nouveau poste (10 minutes)',
  }),
  'seats.revoke': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Poste' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Retirer un poste : il ne peut plus joindre ce poste hôte',
  }),
  'seats.claimPairing': method({
    input: z
      .object({
        seatName: text('Nom de ce poste', 60, { min: 1 }),
        nonce: hex('Nonce', 32),
        codeProof: hex('Preuve du code', 64),
      })
      .strict(),
    output: z.object({
      seatName: z.string(),
      caCertificatePem: z.string(),
      serverFingerprint: z.string(),
      proof: z.string(),
    }),
    access: 'public',
    mutates: true,
    summary: 'Appairer ce poste avec le code affiché sur le poste hôte',
  }),
};
