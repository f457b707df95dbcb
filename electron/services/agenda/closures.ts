import { DomainError } from '../../api/common/result.js';
import { frDate, frTime } from '../../api/common/french.js';
import type { Appointment, CoveredAppointment } from '../../api/common/schemas/agenda.js';
import { isoAt } from '../../lib/clock.js';
import { minutesOf, todayAt } from '../../lib/paris-time.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { ReminderDeps } from './reminders.js';
import { exceptionCovers, exceptionName } from './schedule.js';
import type { AppointmentRow, ExceptionRow } from './store.js';

/** What a patient is told closes the day: never the practice's own label (« congé maladie »). */
const PATIENT_WORDS: Readonly<Record<string, string>> = {
  absence: 'le praticien est absent ce jour-là',
  holiday: 'le cabinet est fermé ce jour-là',
  theatre: 'le praticien opère ce jour-là',
};

export type ClosureDeps = Pick<
  ReminderDeps,
  'store' | 'clock' | 'sms' | 'practitionerNames' | 'patient' | 'practice' | 'sendMail'
> & {
  audit: AuditService;
  toAppointment: (row: AppointmentRow) => Appointment;
};

/**
 * Issue 24 point 12: an absence, a closure or a theatre day entered over booked patients does not
 * leave them booked without a word. Every booked appointment still to come that one covers is
 * listed until it is moved (the finder, for that patient and motif), cancelled, or kept on purpose;
 * the patient can be told by the reminder channel (e-mail, or SMS where a provider is set).
 */
export function createClosureFollowUp(deps: ClosureDeps) {
  const { store, clock } = deps;

  /** The exception that covers a booked appointment, if one does. */
  const coveringOf = (row: AppointmentRow, exceptions: readonly ExceptionRow[]) => {
    const start = minutesOf(row.local_time);
    const end = start + Math.round((Date.parse(row.ends_at) - Date.parse(row.starts_at)) / 60_000);
    return exceptions.find((exception) => exceptionCovers(exception, row.practitioner_id, start, end)) ?? null;
  };

  function requireCovered(id: number): { row: AppointmentRow; covering: ExceptionRow } {
    const row = store.appointment(id);
    if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${id}).`, { id: 'introuvable' });
    if (row.status !== 'booked')
      throw new DomainError('CONFLICT', 'Ce rendez-vous est déjà annulé ou déplacé.', { id: 'plus à reprendre' });
    const covering = coveringOf(row, store.exceptionsOn(row.local_date));
    if (!covering)
      throw new DomainError('CONFLICT', 'Aucune absence ni fermeture ne couvre plus ce rendez-vous.', {
        id: 'plus couvert',
      });
    return { row, covering };
  }

  return {
    /** The booked appointments still to come that an absence or a closure covers, not kept on purpose. */
    covered(): CoveredAppointment[] {
      const now = clock();
      const byDate = new Map<string, ExceptionRow[]>();
      for (const exception of store.exceptionsFrom(todayAt(now)))
        if (exception.kind !== 'on-call')
          byDate.set(exception.date, [...(byDate.get(exception.date) ?? []), exception]);
      const covered: CoveredAppointment[] = [];
      for (const [date, exceptions] of [...byDate].sort(([a], [b]) => a.localeCompare(b)))
        for (const row of store.bookedAllOn(date)) {
          if (row.closure_kept_at !== null || Date.parse(row.ends_at) <= now) continue;
          const covering = coveringOf(row, exceptions);
          if (covering)
            covered.push({
              ...deps.toAppointment(row),
              closure: exceptionName(covering),
              notifiedAt: row.closure_notified_at,
            });
        }
      return covered;
    },

    /** Those of one entry just made: its days, its practitioner (or everyone's for a closure). */
    coveredBy(entry: { date: string; untilDate: string | null; practitionerId: number | null }) {
      return this.covered().filter(
        (appointment) =>
          appointment.date >= entry.date &&
          appointment.date <= (entry.untilDate ?? entry.date) &&
          (entry.practitionerId === null || appointment.practitionerId === entry.practitionerId),
      );
    },

    /** Kept although covered (the practitioner comes in for this one), or back on the list. */
    keep(id: number, kept: boolean, actor: Actor): void {
      const { row, covering } = requireCovered(id);
      store.setClosureKept(id, kept ? isoAt(clock) : null);
      deps.audit.trace(
        actor,
        kept ? 'agenda.keepCovered' : 'agenda.unkeepCovered',
        row.patient_id,
        `${row.local_date} ${row.local_time} : ${exceptionName(covering)}`,
      );
    },

    /** Tells the patient their appointment cannot take place and that the practice will give another. */
    async notify(id: number, actor: Actor): Promise<{ channel: 'email' | 'sms'; notifiedAt: string }> {
      const { row, covering } = requireCovered(id);
      const patient = deps.patient(row.patient_id);
      const practice = deps.practice();
      const who = deps.practitionerNames().get(row.practitioner_id) ?? '';
      const when = `du ${frDate(row.local_date)} à ${frTime(row.local_time)}`;
      const text = [
        `${patient.civility},`,
        '',
        `Votre rendez-vous ${when} avec ${who} (${row.motif_label}) ne pourra pas avoir lieu : ${
          PATIENT_WORDS[covering.kind] ?? 'le cabinet est fermé ce jour-là'
        }.`,
        `Le secrétariat vous propose un autre rendez-vous : merci de l’appeler${
          practice.phone ? ` au ${practice.phone}` : ''
        }, ou il vous rappellera.`,
        '',
        `Le secrétariat — ${practice.name}`,
      ].join('\n');
      let channel: 'email' | 'sms';
      if (patient.email) {
        await deps.sendMail({
          patientId: row.patient_id,
          to: patient.email,
          subject: `Votre rendez-vous ${when} est à déplacer`,
          text,
          attachments: [],
        });
        channel = 'email';
      } else if (patient.mobile && deps.sms.name) {
        await deps.sms.send(patient.mobile, text);
        channel = 'sms';
      } else
        throw new DomainError(
          'INVALID_INPUT',
          `${patient.name} ne peut pas être prévenu(e) par écrit : ${
            patient.mobile
              ? 'pas d’adresse électronique, et aucun fournisseur de SMS configuré'
              : 'ni adresse électronique ni portable'
          }. Appelez le patient.`,
          { id: 'pas de moyen de prévenir' },
        );
      const notifiedAt = isoAt(clock);
      store.setClosureNotified(id, notifiedAt);
      deps.audit.trace(
        actor,
        'agenda.notifyCovered',
        row.patient_id,
        `${row.local_date} ${row.local_time} (${channel})`,
      );
      return { channel, notifiedAt };
    },
  };
}
export type ClosureFollowUp = ReturnType<typeof createClosureFollowUp>;
