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

/** The two levels seen the same day: lowering them asks for a reason, and they are never snoozed. */
export const isEmergency = (category: CategoryCode): boolean =>
  CATEGORY_CODES.indexOf(category) <= CATEGORY_CODES.indexOf('urgence-jour');

/** Under-triage is the error that hurts a patient (issue 22): moving an emergency down needs a reason. */
export const lowersEmergency = (from: CategoryCode, to: CategoryCode): boolean =>
  isEmergency(from) && CATEGORY_CODES.indexOf(to) > CATEGORY_CODES.indexOf(from);

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

/** 0 for an immediate emergency, 1 for the day's, 2 for semi-urgent, 3 for everything else: lower is more urgent. */
export const urgencyLevel = (category: CategoryCode): number => {
  const index = URGENCY_LEVELS.indexOf(category);
  return index < 0 ? URGENCY_LEVELS.length : index;
};

export const SENDER_KINDS = ['patient', 'doctor', 'laboratory', 'unknown'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

const phrase = text('Expression', 120, { min: 1 });
const identifier = (title: string) =>
  z
    .string()
    .regex(/^[a-z0-9-]{2,60}$/, 'identifiant : lettres minuscules, chiffres et tirets')
    .meta({ title });

export const CONCEPT_KINDS = ['words', 'temperature', 'operation'] as const;

/**
 * A named concept (issue 23): a class of words that mean the same sign (« doigt »: pouce, index,
 * D2, pulpe…; « blanc ou pâle »: blanc, livide, cireux…), or a measure read in the text
 * (a temperature at or above `min`; an operation less than `withinDays` ago). Words are read by
 * their French stem (« écrasé » finds « écrasement »), without accents or case, with ordinary
 * typos; a star ends a word for any ending. Rules are written over concepts (« @doigt @blanc »).
 */
export const conceptSchema = z
  .object({
    id: identifier('Identifiant du concept'),
    label: text('Intitulé du concept', 120, { min: 2 }),
    kind: z.enum(CONCEPT_KINDS).default('words').meta({ title: 'Nature' }),
    terms: z.array(phrase).max(400).default([]).meta({ title: 'Mots' }),
    /** A sign of alarm: present, current and not negated, it lifts a message to « urgence du jour » at least. */
    alarm: z.boolean().default(false).meta({ title: 'Signe d’alarme' }),
    /** An injury: told as treated, old or healed (« plaie suturée en 2018 »), it does not count. */
    injury: z.boolean().default(false).meta({ title: 'Blessure (une blessure soignée ne compte pas)' }),
    /** A figure of speech (« coup de main », « main courante »): the words it covers count for nothing else. */
    masks: z.boolean().default(false).meta({ title: 'Expression figurée' }),
    min: z.number().min(30).max(45).optional().meta({ title: 'À partir de (°C)' }),
    withinDays: z.number().int().min(1).max(365).optional().meta({ title: 'Depuis moins de (jours)' }),
  })
  .strict();
export type TriageConcept = z.output<typeof conceptSchema>;

/**
 * One rule of the protocol. Phrases are written plainly ("doigt blanc", "amput*"): matched without
 * accents or case, SMS spellings expanded, a star ending a word for any ending, up to three other
 * words allowed between the words of a phrase. A rule matches when one phrase of each group
 * matches (an empty list of groups: the conditions alone decide) and its conditions hold.
 */
export const ruleSchema = z
  .object({
    id: identifier('Identifiant'),
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
    /**
     * Among categories that are not emergencies, the heavier rule wins (an appointment change
     * outweighs the mention of an old operation); emergencies always win over them (issue 23).
     */
    weight: z.number().int().min(1).max(9).optional().meta({ title: 'Poids' }),
    /**
     * Decides whatever else matched: a newsletter or a phishing mail full of alarm words. Such a
     * message is still marked « à vérifier » when an alarm matched too.
     */
    final: z.boolean().optional().meta({ title: 'Décide seule' }),
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
    concepts: z.array(conceptSchema).max(300).default([]).meta({ title: 'Concepts' }),
    rules: z.array(ruleSchema).min(1).max(500).meta({ title: 'Règles' }),
    deadlines: deadlinesSchema.meta({ title: 'Délais' }),
    /** What a message no rule matches becomes: by prudence a medical level, read by a person. */
    fallback: categorySchema,
  })
  .strict()
  .superRefine((protocol, context) => {
    const concepts = new Set(protocol.concepts.map((concept) => concept.id));
    if (concepts.size !== protocol.concepts.length)
      protocol.concepts.forEach((concept, index) => {
        if (protocol.concepts.findIndex((other) => other.id === concept.id) !== index)
          context.addIssue({
            code: 'custom',
            path: ['concepts', index, 'id'],
            message: `concept en double : ${concept.id}`,
          });
      });
    for (const level of URGENCY_LEVELS.slice(0, 2))
      if (!protocol.deadlines[level])
        context.addIssue({
          code: 'custom',
          path: ['deadlines', level],
          message: `une urgence doit garder un délai de traitement (${CATEGORY_LABELS[level]})`,
        });
    const seen = new Set<string>();
    protocol.rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `identifiant en double : ${rule.id}`,
        });
      seen.add(rule.id);
      const phrases = [...rule.groups.flat(), ...rule.unless];
      for (const unknown of phrases.flatMap((text_) => (text_.match(/@[a-z0-9-]+/g) ?? []).map((ref) => ref.slice(1))))
        if (!concepts.has(unknown))
          context.addIssue({
            code: 'custom',
            path: ['rules', index, 'groups'],
            message: `concept inconnu : @${unknown} (règle ${rule.id})`,
          });
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

/**
 * One piece of evidence as a person reads it: the words as written, in French quotes, then the
 * concept they stand for (« index » (doigt)); a fact (« photo jointe ») quoted whole.
 */
export const quotedEvidence = (evidence: string): string => (evidence.startsWith('«') ? evidence : `« ${evidence} »`);

/** A message typed or pasted in Cabinet's tester, or one of the inbox's, by its number (issue 23). */
export const protocolTestInputSchema = z
  .object({
    protocol: protocolSchema.meta({ title: 'Protocole' }),
    message: z
      .object({
        subject: text('Objet', 998).default(''),
        body: text('Message', 200_000).default(''),
        photo: z.boolean().default(false).meta({ title: 'Photo jointe' }),
        operatedDaysAgo: z
          .number()
          .int()
          .min(0)
          .max(3650)
          .nullable()
          .default(null)
          .meta({ title: 'Opéré il y a (jours)' }),
      })
      .strict()
      .optional()
      .meta({ title: 'Message collé' }),
    messageId: z.number().int().positive().optional().meta({ title: 'Message' }),
  })
  .strict()
  .refine((input) => input.message !== undefined || input.messageId !== undefined, {
    message: 'collez un message ou choisissez-en un',
    path: ['message'],
  });

export const protocolTestResultSchema = z.object({
  category: categorySchema,
  reasons: z.array(reasonSchema),
  toVerify: z.boolean(),
  /** The message as read (a stored message's own subject and text), for highlighting. */
  subject: z.string(),
  body: z.string(),
});

/** One message a change to the protocol would sort differently. */
export const movedMessageSchema = z.object({
  source: z.enum(['corrige', 'exemple']),
  /** The inbox message's number, or the example's identifier. */
  ref: z.string(),
  title: z.string(),
  /** What a secretary decided (a corrected message) or the example's label. */
  expected: categorySchema,
  before: categorySchema,
  after: categorySchema,
  /** Sorted less urgent than today: shown in red, and saved only once confirmed. */
  lowered: z.boolean(),
});
export const protocolPreviewSchema = z.object({
  checked: z.object({ corrected: z.number().int(), examples: z.number().int() }),
  moved: z.array(movedMessageSchema),
  /** What asks for a confirmation before the change is saved, in French. */
  confirmations: z.array(z.string()),
  /** Right before and after the change, on the corrected messages and the examples. */
  rightBefore: z.number().int(),
  rightAfter: z.number().int(),
});
export type ProtocolPreview = z.infer<typeof protocolPreviewSchema>;
