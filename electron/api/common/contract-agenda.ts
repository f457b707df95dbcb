import { z } from 'zod';
import { method, ok } from './method-spec.js';
import {
  appointmentSchema,
  bookInputSchema,
  cancelInputSchema,
  coveredAppointmentSchema,
  exceptionInputSchema,
  exceptionSchema,
  findSlotsInputSchema,
  motifInputSchema,
  motifSchema,
  moveInputSchema,
  periodInputSchema,
  periodSchema,
  setFlowInputSchema,
  slotSchema,
  waitlistEntrySchema,
  waitlistInputSchema,
  waitingRoomEntrySchema,
  walkInInputSchema,
} from './schemas/agenda.js';
import { slotAdviceSchema } from './schemas/agenda-advice.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { dateSchema } from './schemas/identity.js';

const { EVERYONE, WRITERS, ADMIN } = ROLE_GROUPS;
const practitionerId = z.number().int().positive().meta({ title: 'Praticien' });

/** The agenda (issue 12). `agenda.findSlots` and `agenda.book` are names integrators rely on. */
export const agendaMethods = {
  'agenda.motifs': method({
    input: z.object({}).strict(),
    output: z.array(motifSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les motifs de rendez-vous',
  }),
  'agenda.saveMotif': method({
    input: motifInputSchema,
    output: z.object({ id: z.number() }),
    access: ADMIN,
    mutates: true,
    summary: 'Enregistrer un motif de rendez-vous',
  }),
  'agenda.periods': method({
    input: z.object({ practitionerId }).strict(),
    output: z.array(periodSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir la semaine type d’un praticien',
  }),
  'agenda.addPeriod': method({
    input: periodInputSchema,
    output: z.object({ id: z.number() }),
    access: ADMIN,
    mutates: true,
    summary: 'Ajouter une plage d’ouverture',
  }),
  'agenda.removePeriod': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Plage' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Retirer une plage d’ouverture',
  }),
  'agenda.addException': method({
    input: exceptionInputSchema,
    // `covered`: the booked appointments it covers, to move, notify or keep (issue 24 point 12).
    output: z.object({ id: z.number(), days: z.number(), covered: z.number() }),
    access: ADMIN,
    mutates: true,
    summary: 'Ajouter une absence, une fermeture, une journée de bloc (un jour ou du … au …)',
  }),
  'agenda.exceptions': method({
    input: z.object({ from: dateSchema('À partir du') }).strict(),
    output: z.array(exceptionSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les fermetures, absences, gardes et journées de bloc à venir',
  }),
  'agenda.removeException': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Exception' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Retirer une fermeture, une absence, une garde ou une journée de bloc',
  }),
  'agenda.findSlots': method({
    input: findSlotsInputSchema,
    output: z.array(slotSchema),
    access: WRITERS,
    mutates: false,
    summary: 'Trouver les meilleurs créneaux pour un motif',
  }),
  'agenda.slotAdvice': method({
    input: findSlotsInputSchema,
    output: slotAdviceSchema,
    access: WRITERS,
    mutates: false,
    summary:
      'Ce que le chercheur de créneaux doit dire (urgence à voir maintenant, plus rien aujourd’hui, motif non fait)',
  }),
  'agenda.book': method({
    input: bookInputSchema,
    output: appointmentSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Prendre un rendez-vous',
  }),
  'agenda.day': method({
    input: z.object({ practitionerId, date: dateSchema('Jour') }).strict(),
    output: z.array(appointmentSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir la journée d’un praticien',
  }),
  'agenda.week': method({
    input: z.object({ practitionerId, from: dateSchema('Du'), to: dateSchema('Au') }).strict(),
    output: z.array(appointmentSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les rendez-vous d’un praticien sur plusieurs jours (vue semaine)',
  }),
  'agenda.ofPatient': method({
    input: z.object({ patientId: z.number().int().positive().meta({ title: 'Patient' }) }).strict(),
    output: z.object({ upcoming: z.array(appointmentSchema), noShows: z.number() }),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les prochains rendez-vous d’un patient et ses absences',
  }),
  'agenda.rooms': method({
    input: z.object({}).strict(),
    output: z.array(z.string()),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les salles nommées par les motifs et les plages',
  }),
  'agenda.roomWeek': method({
    input: z
      .object({
        room: z.string().min(1).max(60).meta({ title: 'Salle' }),
        from: dateSchema('Du'),
        to: dateSchema('Au'),
      })
      .strict(),
    output: z.array(appointmentSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir les rendez-vous d’une salle sur plusieurs jours (tous praticiens)',
  }),
  'agenda.cancel': method({
    input: cancelInputSchema,
    output: z.object({ noShows: z.number(), offers: z.array(waitlistEntrySchema) }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Annuler un rendez-vous (ou noter une absence) et voir la liste d’attente',
  }),
  'agenda.move': method({
    input: moveInputSchema,
    output: z.object({ appointment: appointmentSchema, offers: z.array(waitlistEntrySchema) }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Déplacer un rendez-vous (avec sa raison) et voir la liste d’attente',
  }),
  'agenda.dayPdf': method({
    input: z.object({ practitionerId, date: dateSchema('Jour') }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
    access: EVERYONE,
    mutates: false,
    summary: 'Imprimer la journée d’un praticien (PDF)',
  }),
  'agenda.waitingRoom': method({
    input: z.object({ date: dateSchema('Jour') }).strict(),
    output: z.array(waitingRoomEntrySchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Voir la salle d’attente du jour',
  }),
  'agenda.setFlow': method({
    input: setFlowInputSchema,
    output: ok,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Indiquer où en est un patient (arrivé, en salle, vu…)',
  }),
  'agenda.undoNoShow': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Rendez-vous' }) }).strict(),
    output: z.object({ noShows: z.number() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Retirer une absence notée par erreur (le jour du rendez-vous)',
  }),
  'agenda.walkIn': method({
    input: walkInInputSchema,
    output: z.object({ id: z.number() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une urgence sans rendez-vous',
  }),
  'agenda.sendReminders': method({
    input: z.object({ date: dateSchema('Jour des rendez-vous').optional() }).strict(),
    output: z.object({
      date: z.string(),
      sent: z.number(),
      skipped: z.array(z.object({ appointmentId: z.number(), patientName: z.string(), reason: z.string() })),
    }),
    access: WRITERS,
    mutates: true,
    summary: 'Envoyer les rappels des rendez-vous (par défaut : ceux d’après-demain)',
  }),
  'agenda.addWaiting': method({
    input: waitlistInputSchema,
    output: z.object({ id: z.number() }),
    access: WRITERS,
    mutates: true,
    summary: 'Inscrire un patient sur la liste d’attente',
  }),
  'agenda.waitlist': method({
    input: z.object({}).strict(),
    output: z.array(waitlistEntrySchema),
    access: WRITERS,
    mutates: false,
    summary: 'Voir la liste d’attente (tous motifs, la demande la plus ancienne d’abord)',
  }),
  'agenda.withdrawWaiting': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Demande' }) }).strict(),
    output: ok,
    access: WRITERS,
    mutates: true,
    summary: 'Retirer un patient de la liste d’attente',
  }),
  'agenda.covered': method({
    input: z.object({}).strict(),
    output: z.array(coveredAppointmentSchema),
    access: WRITERS,
    mutates: false,
    summary: 'Voir les rendez-vous à venir qu’une absence ou une fermeture couvre (à déplacer, prévenir ou garder)',
  }),
  'agenda.keepCovered': method({
    input: z
      .object({
        id: z.number().int().positive().meta({ title: 'Rendez-vous' }),
        kept: z.boolean().default(true).meta({ title: 'Gardé' }),
      })
      .strict(),
    output: ok,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Garder un rendez-vous malgré l’absence ou la fermeture (ou le remettre à reprendre)',
  }),
  'agenda.notifyCovered': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Rendez-vous' }) }).strict(),
    output: z.object({ channel: z.enum(['email', 'sms']), notifiedAt: z.string() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Prévenir le patient que son rendez-vous est à déplacer (courriel, ou SMS)',
  }),
} as const;
