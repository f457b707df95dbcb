import { DomainError } from '../../api/common/result.js';
import { frDate, frTime } from '../../api/common/french.js';
import type { Motif } from '../../api/common/schemas/agenda.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { nextDay, todayAt } from '../../lib/paris-time.js';
import type { AgendaStore } from './store.js';

/**
 * Text messages go through a provider the practice configures (issue 12). None is configured by
 * default, and then nothing is sent and nothing pretends to be: the reminder says why it was not.
 */
export interface SmsProvider {
  readonly name: string | null;
  send(to: string, text: string): Promise<void>;
}
export const NO_SMS_PROVIDER: SmsProvider = {
  name: null,
  send: () => Promise.reject(new Error('aucun fournisseur de SMS configuré')),
};

export interface ReminderDeps {
  store: AgendaStore;
  clock: Clock;
  sms: SmsProvider;
  motifs: () => Motif[];
  practitionerNames: () => ReadonlyMap<number, string>;
  patient: (id: number) => { name: string; civility: string; email: string; mobile: string };
  practice: () => { name: string; phone: string };
  sendMail: (mail: {
    patientId: number;
    to: string;
    subject: string;
    text: string;
    attachments: { filename: string; content: Buffer; contentType: string }[];
  }) => Promise<void>;
  convocation: (
    appointment: { patientId: number; date: string; practitionerId: number },
    sections: Record<string, string>,
  ) => Promise<Buffer>;
}

/** Reminders two days before, by e-mail with the motif's instructions and the convocation letter. */
export function createReminders(deps: ReminderDeps) {
  return {
    /** Sends the reminders of `date` (by default the day after tomorrow) not sent yet. */
    async send(date = nextDay(todayAt(deps.clock()), 2)) {
      const motifs = new Map(deps.motifs().map((motif) => [motif.id, motif]));
      const names = deps.practitionerNames();
      const practice = deps.practice();
      const skipped: { appointmentId: number; patientName: string; reason: string }[] = [];
      let sent = 0;
      for (const row of deps.store.toRemind(date)) {
        const patient = deps.patient(row.patient_id);
        const motif = motifs.get(row.motif_id);
        const when = `le ${frDate(row.local_date)} à ${frTime(row.local_time)}`;
        const who = names.get(row.practitioner_id) ?? '';
        const text = [
          `${patient.civility},`,
          '',
          `Nous vous rappelons votre rendez-vous ${when} avec ${who} (${motif?.label ?? 'consultation'}), ${practice.name}.`,
          ...(motif?.instructions ? ['', motif.instructions] : []),
          '',
          `En cas d’empêchement, merci de prévenir le secrétariat${practice.phone ? ` au ${practice.phone}` : ''}.`,
          '',
          `Le secrétariat — ${practice.name}`,
        ].join('\n');
        try {
          if (patient.email) {
            const letter = await deps.convocation(
              { patientId: row.patient_id, date: row.local_date, practitionerId: row.practitioner_id },
              { appointment: `${when}, avec ${who}`, preparation: motif?.instructions ?? '' },
            );
            await deps.sendMail({
              patientId: row.patient_id,
              to: patient.email,
              subject: `Rappel : rendez-vous ${when}`,
              text,
              attachments: [
                {
                  filename: 'convocation.docx',
                  content: letter,
                  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                },
              ],
            });
          } else if (patient.mobile && deps.sms.name) await deps.sms.send(patient.mobile, text);
          else {
            skipped.push({
              appointmentId: row.id,
              patientName: patient.name,
              reason: patient.mobile
                ? 'pas d’adresse électronique, et aucun fournisseur de SMS configuré'
                : 'ni adresse électronique ni portable',
            });
            continue;
          }
          deps.store.markReminded(row.id, isoAt(deps.clock));
          sent += 1;
        } catch (error) {
          // Nothing sent for this one: it stays to remind, and the others go on.
          const reason = error instanceof DomainError || error instanceof Error ? error.message : String(error);
          skipped.push({ appointmentId: row.id, patientName: patient.name, reason });
        }
      }
      return { date, sent, skipped };
    },
  };
}
