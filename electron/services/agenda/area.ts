import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { InboxAreaService } from '../inbox/area.js';
import type { LettersService } from '../letters/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import { createAgendaService, type AgendaService } from './service.js';
import { appointmentFromRow, motifDurationFor } from './booking-rules.js';
import { dayPdf } from './day-pdf.js';
import { holidaysOf } from './holidays.js';
import { patientName as formatPatientName, salutation } from '../../api/common/french.js';
import { agendaPractitioners } from './practitioners.js';
import { startReminderTimer } from './reminder-timer.js';
import { createReminders, NO_SMS_PROVIDER, type ReminderDeps } from './reminders.js';
import { createClosureFollowUp } from './closures.js';
import { createSeries } from './series.js';
import { createAgendaStore } from './store.js';
import { createWaitingRoom } from './waiting-room.js';

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
  const practiceCalendar = () => {
    const practice = needs.practice.findPractice();
    return {
      holidayOf: holidaysOf(practice?.holidayRegion ?? 'metropole'),
      gridMinutes: practice?.agendaGridMinutes ?? 5,
    };
  };
  const practitioners = agendaPractitioners(needs.practice);
  const patientName = (id: number) => formatPatientName(needs.patients.require(id).fields);
  const patientBirthDate = (id: number) => needs.patients.require(id).fields.birthDate;
  const agenda = createAgendaService({
    store,
    audit: needs.audit,
    clock: context.clock,
    practitionerNames: practitioners.names,
    requirePractitioner: practitioners.require,
    patients: needs.patients,
    patientName,
    patientBirthDate,
    // A booking made from a message answers it: the message is done (issue 12).
    messageBooked: (messageId) => {
      needs.inbox.setState(messageId, 'traite');
    },
    calendar: practiceCalendar,
  });
  const waitingRoom = createWaitingRoom({
    store,
    audit: needs.audit,
    clock: context.clock,
    events: context.events,
    practitionerNames: practitioners.names,
    patientName,
    patientBirthDate,
    patients: needs.patients,
    requirePractitioner: practitioners.require,
    motifDuration: (motifId, practitionerId) => motifDurationFor(agenda.motifs(), motifId, practitionerId),
  });
  // The reminder channel (issue 12), also the one that tells a patient an absence covers them.
  const channel = {
    store,
    clock: context.clock,
    sms: NO_SMS_PROVIDER,
    practitionerNames: practitioners.names,
    patient: (id: number) => {
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
    sendMail: (mail: Parameters<ReminderDeps['sendMail']>[0]) => needs.inbox.sendFromPractice(mail),
  };
  const reminders = createReminders({
    ...channel,
    motifs: () => agenda.motifs(),
    convocation: (appointment, sections) => needs.letters.renderForAppointment('convocation', appointment, sections),
  });
  const series = createSeries({
    store,
    clock: context.clock,
    audit: needs.audit,
    patients: needs.patients,
    calendar: practiceCalendar,
    practitionerNames: practitioners.names,
    requirePractitioner: practitioners.require,
    toAppointment: (row) => appointmentFromRow(row, patientName, patientBirthDate),
  });
  const closures = createClosureFollowUp({
    ...channel,
    audit: needs.audit,
    toAppointment: (row) => appointmentFromRow(row, patientName, patientBirthDate),
  });
  const stopReminders = context.backgroundWork ? startReminderTimer(() => reminders.send()) : null;
  return {
    service: agenda,
    close: () => {
      stopReminders?.();
      return Promise.resolve();
    },
    handlers: {
      'agenda.motifs': () => agenda.motifs(),
      'agenda.saveMotif': (input, call) => ({ id: agenda.saveMotif(input, actorOf(call).userId) }),
      'agenda.periods': (input) => agenda.periods(input.practitionerId),
      'agenda.addPeriod': (input) => ({ id: agenda.addPeriod(input) }),
      'agenda.removePeriod': (input) => {
        agenda.removePeriod(input.id);
        return done;
      },
      'agenda.addException': (input) => {
        const added = agenda.addException(input);
        return { ...added, covered: closures.coveredBy(input).length };
      },
      'agenda.covered': () => closures.covered(),
      'agenda.planSeries': (input) => series.plan(input),
      'agenda.bookSeries': (input, call) => {
        const booked = series.book(input, actorOf(call));
        for (const appointment of booked.appointments) waitingRoom.changed(appointment.date);
        return booked;
      },
      'agenda.series': (input) => series.get(input.id),
      'agenda.moveSeries': (input, call) => series.moveAll(input, actorOf(call)),
      'agenda.cancelSeries': (input, call) => series.cancelAll(input, actorOf(call)),
      'agenda.keepCovered': (input, call) => {
        closures.keep(input.id, input.kept, actorOf(call));
        return done;
      },
      'agenda.notifyCovered': (input, call) => closures.notify(input.id, actorOf(call)),
      'agenda.findSlots': (input) => agenda.findSlots(input),
      'agenda.slotAdvice': (input) => agenda.slotAdvice(input),
      'agenda.book': (input, call) => {
        const booked = agenda.book(input, actorOf(call));
        waitingRoom.changed(booked.date);
        return booked;
      },
      'agenda.week': (input) => agenda.between(input.practitionerId, input.from, input.to),
      'agenda.rooms': () => agenda.rooms(),
      'agenda.ofPatient': (input) => agenda.ofPatient(input.patientId),
      'agenda.roomWeek': (input) => agenda.roomBetween(input.room, input.from, input.to),
      'agenda.exceptions': (input) => agenda.exceptionsFrom(input.from),
      'agenda.removeException': (input) => {
        agenda.removeException(input.id);
        return done;
      },
      'agenda.day': (input) => agenda.day(input.practitionerId, input.date),
      'agenda.cancel': (input, call) => {
        const result = agenda.cancel(input.id, input.reason, input.noShow, actorOf(call));
        waitingRoom.changed(agenda.dateOf(input.id));
        return result;
      },
      'agenda.move': (input, call) => {
        const moved = agenda.move(input, actorOf(call));
        waitingRoom.changed(moved.appointment.date);
        return moved;
      },
      'agenda.dayPdf': (input) => {
        practitioners.require(input.practitionerId, 'practitionerId');
        const name = practitioners.names().get(input.practitionerId) ?? '';
        return dayPdf(name, input.date, agenda.day(input.practitionerId, input.date));
      },
      'agenda.waitingRoom': (input) => waitingRoom.list(input.date),
      'agenda.setFlow': (input, call) => {
        waitingRoom.setFlow(input.id, input.flow, actorOf(call));
        return done;
      },
      'agenda.undoNoShow': (input, call) => waitingRoom.undoNoShow(input.id, actorOf(call)),
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
