import { parisMoment, parisToday } from './paris-day.js';

/**
 * When « absent » (a no-show) may be recorded and undone (issue 24 point 14), one rule for the
 * server that refuses and the screens that grey the button: a patient is absent only once the
 * appointment's time has come, and a no-show recorded by mistake (the patient arrives late, the
 * wrong line was clicked) can be taken back the same Paris day. The patient's count of
 * no-shows is counted from the statuses, so it follows an undo.
 */
export function noShowRefusal(appointment: { date: string; time: string }, now: number): string | null {
  if (now >= parisMoment(appointment.date, appointment.time)) return null;
  return `Le rendez-vous de ${appointment.time} n’a pas encore commencé : « absent » ne peut être noté qu’une fois son heure passée.`;
}

/** The undo of a no-show is for the day of the appointment only: later, the absence stands. */
export function undoNoShowRefusal(appointment: { date: string }, now: number): string | null {
  if (appointment.date === parisToday(() => now)) return null;
  return 'Une absence ne peut être retirée que le jour du rendez-vous.';
}
