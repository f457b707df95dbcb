import { z } from 'zod';
import { text } from './common.js';

/**
 * The orientation categories of ../shared/triage/categories.md, most urgent first. The order is
 * the protocol's precedence: when several rules match, the category earliest here wins, so a sign
 * of alarm always beats a request to move an appointment (issue 11).
 */
export const CATEGORY_CODES = [
  'urgence-immediate',
  'urgence-jour',
  'semi-urgent',
  'correspondance',
  'programme',
  'administratif',
  'rendez-vous',
  'hors-champ',
] as const;
export const categorySchema = z.enum(CATEGORY_CODES).meta({ title: 'Catégorie' });
export type CategoryCode = z.infer<typeof categorySchema>;

export const CATEGORY_LABELS: Readonly<Record<CategoryCode, string>> = {
  'urgence-immediate': 'Urgence immédiate',
  'urgence-jour': 'Urgence du jour',
  'semi-urgent': 'Semi-urgent (48–72 h)',
  correspondance: 'Correspondance médicale',
  programme: 'Consultation programmée',
  administratif: 'Administratif',
  'rendez-vous': 'Rendez-vous',
  'hors-champ': 'Hors champ',
};

/** The medical levels, for "never sorted below its level": a lower index is more urgent. */
export const URGENCY_LEVELS: readonly CategoryCode[] = ['urgence-immediate', 'urgence-jour', 'semi-urgent'];

export const SENDER_KINDS = ['patient', 'doctor', 'laboratory', 'unknown'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

const phrase = text('Expression', 120, { min: 1 });

/**
 * One rule of the protocol. Phrases are written plainly ("doigt blanc", "amput*"): matched without
 * accents or case, SMS spellings expanded, a star ending a word for any ending, up to three other
 * words allowed between the words of a phrase. A rule matches when one phrase of each group
 * matches (an empty list of groups: the conditions alone decide) and its conditions hold.
 */
export const ruleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]{2,60}$/, 'identifiant : lettres minuscules, chiffres et tirets')
      .meta({ title: 'Identifiant' }),
    label: text('Intitulé', 120, { min: 2 }),
    category: categorySchema,
    enabled: z.boolean().default(true).meta({ title: 'Active' }),
    groups: z.array(z.array(phrase).min(1).max(200)).max(4).meta({ title: 'Expressions' }),
    /** When one of these matches, the rule does not apply ("ancienne cicatrice"). */
    unless: z.array(phrase).max(100).default([]).meta({ title: 'Sauf si' }),
    /**
     * A negation or a past form near the words ("pas de fièvre", "le saignement s'est arrêté")
     * cancels the match. Off for phrases that are themselves a negation ("ne sens plus rien").
     */
    negatable: z.boolean().default(true).meta({ title: 'Annulée par une négation' }),
    photo: z.boolean().optional().meta({ title: 'Photo jointe' }),
    maxWords: z.number().int().min(1).max(10_000).optional().meta({ title: 'Message court (mots au plus)' }),
    sender: z.enum(SENDER_KINDS).optional().meta({ title: 'Expéditeur' }),
    operatedWithinDays: z.number().int().min(1).max(365).optional().meta({ title: 'Opéré depuis (jours)' }),
    openWorkAccident: z.boolean().optional().meta({ title: 'Accident du travail en cours' }),
  })
  .strict();
export type TriageRule = z.output<typeof ruleSchema>;
export type TriageRuleInput = z.input<typeof ruleSchema>;

/** Minutes to handle a message of each category (shown as time left in the queue). */
export const deadlinesSchema = z.record(
  categorySchema,
  z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 60)
    .nullable(),
);

export const protocolSchema = z
  .object({
    rules: z.array(ruleSchema).min(1).max(500).meta({ title: 'Règles' }),
    deadlines: deadlinesSchema.meta({ title: 'Délais' }),
    /** What a message no rule matches becomes: by prudence a medical level, read by a person. */
    fallback: categorySchema,
  })
  .strict()
  .superRefine((protocol, context) => {
    const seen = new Set<string>();
    protocol.rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `identifiant en double : ${rule.id}`,
        });
      seen.add(rule.id);
      if (rule.groups.length === 0 && rule.photo === undefined && rule.sender === undefined)
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'groups'],
          message: 'une règle sans expression doit au moins porter sur la photo ou l’expéditeur',
        });
    });
  });
export type TriageProtocol = z.output<typeof protocolSchema>;

export const reasonSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  category: categorySchema,
  /** The words as written in the message, or the fact ("photo jointe"). */
  evidence: z.array(z.string()),
  spans: z.array(z.object({ part: z.enum(['subject', 'body']), start: z.number(), end: z.number() })),
});
export type TriageReason = z.infer<typeof reasonSchema>;
