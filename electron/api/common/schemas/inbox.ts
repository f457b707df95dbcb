import { z } from 'zod';
import { bytes, text } from './common.js';
import { categorySchema, reasonSchema } from './inbox-protocol.js';

const id = (title: string) => z.number().int().positive().meta({ title });
export const messageIdInput = z.object({ id: id('Message') }).strict();

/** Said on the queue for a message the sync set aside (issue 27): the person opens it in the mail program. */
export const UNREADABLE_MESSAGE = 'message illisible, à ouvrir dans la messagerie';

/** Where a request of the queue came from: the mailbox or a telephone call (issue 26). */
export const REQUEST_CHANNELS = ['mail', 'telephone'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const MESSAGE_STATES = ['nouveau', 'a-traiter', 'attente-patient', 'attente-medecin', 'traite'] as const;
export const messageStateSchema = z.enum(MESSAGE_STATES).meta({ title: 'État' });
export type MessageState = z.infer<typeof messageStateSchema>;
export const MESSAGE_STATE_LABELS: Readonly<Record<MessageState, string>> = {
  nouveau: 'Nouveau',
  'a-traiter': 'À traiter',
  'attente-patient': 'En attente du patient',
  'attente-medecin': 'En attente d’un médecin',
  traite: 'Traité',
};

export const QUEUE_VIEWS = ['a-traiter', 'en-attente', 'reportes', 'a-revoir', 'traites', 'archives'] as const;
export const queueInputSchema = z
  .object({
    view: z.enum(QUEUE_VIEWS).default('a-traiter').meta({ title: 'Vue' }),
    category: categorySchema.optional(),
    mine: z.boolean().default(false).meta({ title: 'Mes messages' }),
    limit: z.number().int().min(1).max(500).default(100).meta({ title: 'Nombre' }),
  })
  .strict();

const patientRef = z.object({ id: z.number(), name: z.string(), birthDate: z.string() });

export const queueItemSchema = z.object({
  id: z.number(),
  subject: z.string(),
  fromName: z.string(),
  fromAddress: z.string(),
  receivedAt: z.string(),
  category: categorySchema,
  corrected: z.boolean(),
  firstReason: z.string(),
  dueAt: z.string().nullable(),
  state: messageStateSchema,
  assignedTo: z.object({ id: z.number(), name: z.string() }).nullable(),
  snoozedUntil: z.string().nullable(),
  patient: patientRef.nullable(),
  attachments: z.number(),
  reviewRequested: z.boolean(),
  /** Set aside by the sync (issue 27): kept raw, to be read in the mail program. */
  unreadable: z.boolean(),
  /** A call of the cahier d'appels sits in the same queue as the mail (issue 26). */
  channel: z.enum(REQUEST_CHANNELS),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueSchema = z.object({
  items: z.array(queueItemSchema),
  counts: z.record(z.string(), z.number()),
});

export const candidateSchema = z.object({
  patient: patientRef,
  evidence: z.string(),
  strength: z.enum(['sure', 'likely', 'weak']),
});
export type PatientCandidate = z.infer<typeof candidateSchema>;

export const attachmentSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  refusal: z.string().nullable(),
  documentId: z.number().nullable(),
  isImage: z.boolean(),
});

export const messageSchema = queueItemSchema.extend({
  to: z.string(),
  sentAt: z.string().nullable(),
  bodyText: z.string(),
  /** Sanitised HTML (no script, no remote image unless allowed), for a sandboxed frame; null for plain mail. */
  safeHtml: z.string().nullable(),
  blockedImages: z.number(),
  remoteImagesAllowed: z.boolean(),
  suggestedCategory: categorySchema,
  reasons: z.array(reasonSchema),
  problems: z.array(z.string()),
  attachmentList: z.array(attachmentSchema),
  candidates: z.array(candidateSchema),
  patientEvidence: z.string(),
  thread: z.array(
    z.object({
      id: z.number(),
      direction: z.enum(['in', 'out']),
      fromName: z.string(),
      /** Shown beside the name, always (issue 27): a display name alone can pass for anyone. */
      fromAddress: z.string(),
      at: z.string(),
      excerpt: z.string(),
    }),
  ),
  wakeOnReply: z.boolean(),
  /** Why no reply can leave from here (no account, no address), said before anyone types one. */
  replyRefusal: z.string().nullable(),
});
export type InboxMessage = z.infer<typeof messageSchema>;

export const setCategoryInput = z
  .object({
    id: id('Message'),
    category: categorySchema,
    /** Lowering an emergency (urgence immédiate or du jour) needs one (issue 22): traced with it. */
    reason: text('Motif', 300).default(''),
  })
  .strict();
export const setStateInput = z.object({ id: id('Message'), state: messageStateSchema }).strict();
export const assignInput = z.object({ id: id('Message'), userId: id('Personne').nullable() }).strict();
export const snoozeInput = z
  .object({
    id: id('Message'),
    until: z.iso.datetime({ offset: true, error: 'date et heure attendues' }).nullable().meta({ title: 'Reporter à' }),
    wakeOnReply: z.boolean().default(true).meta({ title: 'Réveiller s’il répond' }),
  })
  .strict();
export const linkPatientInput = z
  .object({
    id: id('Message'),
    patientId: id('Patient').nullable(),
    evidence: text('Justification', 300).default(''),
    /** Linked although the message's first name or birth date disagrees with the file (issue 22 item 7). */
    confirmMismatch: z.boolean().default(false).meta({ title: 'Lier malgré la différence' }),
  })
  .strict();
export const attachInput = z
  .object({ id: id('Message'), attachmentId: id('Pièce jointe'), visitId: id('Consultation').nullable().default(null) })
  .strict();
export const replyInput = z
  .object({
    id: id('Message'),
    body: text('Réponse', 20_000, { min: 1, multiline: true }),
    state: messageStateSchema.default('traite'),
  })
  .strict();
export const presenceInput = z
  .object({ id: id('Message'), activity: z.enum(['reading', 'replying', 'left']).meta({ title: 'Activité' }) })
  .strict();
export const presenceSchema = z.object({
  messageId: z.number(),
  people: z.array(z.object({ userId: z.number(), name: z.string(), activity: z.enum(['reading', 'replying']) })),
});

export const cannedReplySchema = z.object({ id: z.number(), title: z.string(), body: z.string() });
export const cannedReplyInput = z
  .object({
    id: id('Réponse type').nullable().default(null),
    title: text('Titre', 120, { min: 2 }),
    body: text('Texte', 10_000, { min: 2, multiline: true }),
  })
  .strict();
export const fillCannedInput = z.object({ id: id('Message'), cannedId: id('Réponse type') }).strict();

export const SECURITY = ['tls', 'starttls', 'none'] as const;
const port = (title: string) => z.number().int().min(1).max(65_535).meta({ title });
const host = (title: string) =>
  text(title, 253, { min: 1 }).regex(/^[A-Za-z0-9.-]+$/, 'nom d’hôte ou adresse IP attendu');

export const mailAccountInputSchema = z
  .object({
    id: id('Compte').nullable().default(null),
    label: text('Nom du compte', 80, { min: 2 }),
    address: z.email({ error: 'adresse électronique invalide' }).max(254).meta({ title: 'Adresse' }),
    imapHost: host('Serveur IMAP'),
    imapPort: port('Port IMAP'),
    imapSecurity: z.enum(SECURITY).meta({ title: 'Sécurité IMAP' }),
    smtpHost: host('Serveur SMTP'),
    smtpPort: port('Port SMTP'),
    smtpSecurity: z.enum(SECURITY).meta({ title: 'Sécurité SMTP' }),
    login: text('Identifiant', 254, { min: 1 }),
    /** Empty on an update: the stored one is kept. */
    password: z.string().max(1024).default('').meta({ title: 'Mot de passe' }),
    clientCertificate: bytes('Certificat client (PKCS#12)', 64 * 1024)
      .nullable()
      .default(null),
    clientPassphrase: z.string().max(1024).default('').meta({ title: 'Phrase secrète du certificat' }),
    removeClientCertificate: z.boolean().default(false).meta({ title: 'Retirer le certificat' }),
    serverCaPem: text('Autorité du serveur (PEM)', 20_000, { multiline: true }).default(''),
    folderInbox: text('Dossier de réception', 200, { min: 1 }).default('INBOX'),
    folderSent: text('Dossier des envoyés', 200, { min: 1 }).default('Sent'),
    folderArchive: text('Dossier d’archives', 200, { min: 1 }).default('Archive'),
    enabled: z.boolean().default(true).meta({ title: 'Actif' }),
  })
  .strict();
export type MailAccountInput = z.output<typeof mailAccountInputSchema>;

export const SYNC_STATES = ['connecting', 'syncing', 'connected', 'offline', 'auth-failed', 'disabled'] as const;
export const syncStatusSchema = z.object({
  accountId: z.number(),
  state: z.enum(SYNC_STATES),
  done: z.number(),
  total: z.number(),
  since: z.string().nullable(),
  message: z.string(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const mailAccountSchema = z.object({
  id: z.number(),
  label: z.string(),
  address: z.string(),
  imapHost: z.string(),
  imapPort: z.number(),
  imapSecurity: z.enum(SECURITY),
  smtpHost: z.string(),
  smtpPort: z.number(),
  smtpSecurity: z.enum(SECURITY),
  login: z.string(),
  hasClientCertificate: z.boolean(),
  serverCaPem: z.string(),
  folderInbox: z.string(),
  folderSent: z.string(),
  folderArchive: z.string(),
  enabled: z.boolean(),
  sync: syncStatusSchema,
});

export const connectionTestSchema = z.object({
  ok: z.boolean(),
  steps: z.array(z.object({ step: z.string(), ok: z.boolean(), message: z.string() })),
});

export const patientMessagesSchema = z.array(
  z.object({
    id: z.number(),
    direction: z.enum(['in', 'out']),
    subject: z.string(),
    fromName: z.string(),
    fromAddress: z.string(),
    at: z.string(),
    category: categorySchema,
    channel: z.enum(REQUEST_CHANNELS),
  }),
);
