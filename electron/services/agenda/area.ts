import { actorOf } from '../../api/node/call-context.js';
import { textPdf } from '../../lib/simple-pdf.js';
import { DomainError } from '../../api/common/result.js';
import { frDate, patientName as formatPatientName, salutation } from '../../api/common/french.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { InboxAreaService } from '../inbox/area.js';
import type { LettersService } from '../letters/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import { createAgendaService, type AgendaService } from './service.js';
import { nextDay } from '../../lib/paris-time.js';
import { createAgendaStore } from './store.js';
import { createWaitingRoom } from './waiting-room.js';
import { createReminders, NO_SMS_PROVIDER } from './reminders.js';

/** The practice's time: motifs, weekly schedules, exceptions, the slot finder, bookings (issue 12). */
export function agendaArea(
  context: AreaContext,
  needs: {
    patients: PatientsService;
    practice: PracticeService;
    audit: AuditService;
    inbox: InboxAreaService;
    letters: LettersService;
  },
): Area<AgendaService> {
  const store = createAgendaStore(context.db);
  const requirePractitioner = (id: number, field: string) => {
    if (!needs.practice.findPractitioner(id))
      throw new DomainError('NOT_FOUND', `Praticien introuvable (n° ${id}).`, { [field]: 'praticien introuvable' });
  };
  const practitionerNames = () =>
    new Map(needs.practice.listPractitioners().map((p) => [p.id, `${p.title} ${p.firstName} ${p.lastName}`]));
  const patientName = (id: number) => formatPatientName(needs.patients.require(id).fields);
  const agenda = createAgendaService({
    store,
    audit: needs.audit,
    clock: context.clock,
    practitionerNames,
    requirePractitioner,
    requirePatient: (id, field) => needs.patients.require(id, field),
    patientName,
    // A booking made from a message answers it: the message is done (issue 12).
    messageBooked: (messageId) => {
      needs.inbox.setState(messageId, 'traite');
    },
  });
  const waitingRoom = createWaitingRoom({
    store,
    audit: needs.audit,
    clock: context.clock,
    events: context.events,
    practitionerNames,
    patientName,
    requirePatient: (id, field) => needs.patients.require(id, field),
    requirePractitioner,
    motifDuration: (motifId, practitionerId) => {
      const motif = agenda.motifs().find((candidate) => candidate.id === motifId);
      if (!motif) throw new DomainError('NOT_FOUND', 'Motif introuvable.', { motifId: 'introuvable' });
      if (!motif.practitionerIds.includes(practitionerId))
        throw new DomainError('INVALID_INPUT', 'Ce praticien ne fait pas ce motif.', {
          motifId: 'pas pour ce praticien',
        });
      return motif.durationMinutes;
    },
  });
  const reminders = createReminders({
    store,
    clock: context.clock,
    sms: NO_SMS_PROVIDER,
    motifs: () => agenda.motifs(),
    practitionerNames,
    patient: (id) => {
      const { fields } = needs.patients.require(id);
      return {
        name: formatPatientName(fields),
        civility: salutation(fields),
        email: fields.email,
        mobile: fields.phoneMobile,
      };
    },
    practice: () => {
      const practice = needs.practice.findPractice();
      return { name: practice?.name ?? '', phone: practice?.phone ?? '' };
    },
    sendMail: (mail) => needs.inbox.sendFromPractice(mail),
    convocation: (appointment, sections) => needs.letters.renderForAppointment('convocation', appointment, sections),
  });
  // Reminders leave by themselves in the server and the window: checked every hour.
  const reminderTimer = context.backgroundWork
    ? setInterval(() => {
        void reminders.send().catch(() => undefined);
      }, 3_600_000)
    : null;
  reminderTimer?.unref();
  /** A calendar view reads six weeks at most, and never backwards. */
  const checkSpan = (from: string, to: string) => {
    if (to < from || to > nextDay(from, 42))
      throw new DomainError('INVALID_INPUT', 'Période : la fin après le début, six semaines au plus.', {
        to: 'période invalide',
      });
  };
  return {
    service: agenda,
    close: () => {
      if (reminderTimer) clearInterval(reminderTimer);
      return Promise.resolve();
    },
    handlers: {
      'agenda.motifs': () => agenda.motifs(),
      'agenda.saveMotif': (input, call) => ({ id: agenda.saveMotif(input, actorOf(call).userId) }),
      'agenda.periods': (input) => {
        requirePractitioner(input.practitionerId, 'practitionerId');
        return store.periodsOf(input.practitionerId).map((row) => ({
          id: row.id,
          practitionerId: row.practitioner_id,
          weekday: row.weekday,
          startTime: row.start_time,
          endTime: row.end_time,
          room: row.room,
          heldForEmergencies: row.held_for_emergencies === 1,
          release: row.release,
          validFrom: row.valid_from,
          validUntil: row.valid_until,
        }));
      },
      'agenda.addPeriod': (input) => ({ id: agenda.addPeriod(input) }),
      'agenda.removePeriod': (input) => {
        if (store.removePeriod(input.id) === 0)
          throw new DomainError('NOT_FOUND', 'Plage introuvable.', { id: 'introuvable' });
        return done;
      },
      'agenda.addException': (input) => ({ id: agenda.addException(input) }),
      'agenda.findSlots': (input) => agenda.findSlots(input),
      'agenda.book': (input, call) => {
        const booked = agenda.book(input, actorOf(call));
        waitingRoom.changed(booked.date);
        return booked;
      },
      'agenda.week': (input) => {
        requirePractitioner(input.practitionerId, 'practitionerId');
        checkSpan(input.from, input.to);
        return agenda.between(input.practitionerId, input.from, input.to);
      },
      'agenda.rooms': () => agenda.rooms(),
      'agenda.ofPatient': (input) => agenda.ofPatient(input.patientId),
      'agenda.roomWeek': (input) => {
        checkSpan(input.from, input.to);
        return agenda.roomBetween(input.room, input.from, input.to);
      },
      'agenda.exceptions': (input) => agenda.exceptionsFrom(input.from),
      'agenda.removeException': (input) => {
        agenda.removeException(input.id);
        return done;
      },
      'agenda.day': (input) => agenda.day(input.practitionerId, input.date),
      'agenda.cancel': (input, call) => {
        const result = agenda.cancel(input.id, input.reason, input.noShow, actorOf(call));
        waitingRoom.changed(store.appointment(input.id)?.local_date ?? '');
        return result;
      },
      'agenda.move': (input, call) => {
        const moved = agenda.move(input, actorOf(call));
        waitingRoom.changed(moved.appointment.date);
        return moved;
      },
      'agenda.dayPdf': (input) => {
        requirePractitioner(input.practitionerId, 'practitionerId');
        const name = practitionerNames().get(input.practitionerId) ?? '';
        const rows = agenda
          .day(input.practitionerId, input.date)
          .filter((appointment) => appointment.status === 'booked');
        const pdf = textPdf(
          `${name} — rendez-vous du ${frDate(input.date)}`,
          rows.length
            ? rows.map(
                (appointment) =>
                  `${appointment.time}–${appointment.endTime}  ${appointment.patientName} — ${appointment.motifLabel}${appointment.notes ? ` (${appointment.notes})` : ''}`,
              )
            : ['Aucun rendez-vous ce jour.'],
        );
        return {
          fileName: `rendez-vous-${input.date}.pdf`,
          mime: 'application/pdf',
          contentBase64: pdf.toString('base64'),
        };
      },
      'agenda.waitingRoom': (input) => waitingRoom.list(input.date),
      'agenda.setFlow': (input, call) => {
        waitingRoom.setFlow(input.id, input.flow, actorOf(call));
        return done;
      },
      'agenda.walkIn': (input, call) => ({ id: waitingRoom.walkIn(input, actorOf(call)) }),
      'agenda.sendReminders': (input) => reminders.send(input.date),
      'agenda.addWaiting': (input) => ({ id: agenda.addWaiting(input) }),
      'agenda.waitlist': () => agenda.waitlist(),
      'agenda.withdrawWaiting': (input) => {
        agenda.withdrawWaiting(input.id);
        return done;
      },
    },
  };
}
