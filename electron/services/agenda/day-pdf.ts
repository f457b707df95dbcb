import { frDate } from '../../api/common/french.js';
import type { Appointment } from '../../api/common/schemas/agenda.js';
import { textPdf } from '../../lib/simple-pdf.js';

/** A practitioner's booked appointments of a day, printed as a one-column PDF. */
export function dayPdf(practitionerName: string, date: string, appointments: readonly Appointment[]) {
  const booked = appointments.filter((appointment) => appointment.status === 'booked');
  const pdf = textPdf(
    `${practitionerName} — rendez-vous du ${frDate(date)}`,
    booked.length
      ? booked.map(
          (appointment) =>
            `${appointment.time}–${appointment.endTime}  ${appointment.patientName} — ${appointment.motifLabel}${appointment.notes ? ` (${appointment.notes})` : ''}`,
        )
      : ['Aucun rendez-vous ce jour.'],
  );
  return { fileName: `rendez-vous-${date}.pdf`, mime: 'application/pdf', contentBase64: pdf.toString('base64') };
}
