import type { EventBus } from '../../api/common/contract.js';
import { DomainError } from '../../api/common/result.js';
import type { FlowStep, WaitingRoomEntry } from '../../api/common/schemas/agenda.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import { localOf, todayAt } from '../../lib/paris-time.js';
import { appointmentFromRow } from './booking-rules.js';
import { noShowRefusal, undoNoShowRefusal } from '../../api/common/no-show.js';
import type { AgendaStore, AppointmentRow } from './store.js';
import type { PatientExistence } from '../patients/service.js';

/**
 * The waiting room (issue 12): today's patients of every practitioner and where each one is,
 * with the time of each step; walk-in emergencies added in one step. Every seat is told at once
 * (event `agenda.changed`).
 */
export function createWaitingRoom(deps: {
  store: AgendaStore;
  audit: AuditService;
  clock: Clock;
  events: EventBus;
  practitionerNames: () => ReadonlyMap<number, string>;
  patientName: (id: number) => string;
  patientBirthDate: (id: number) => string;
  patients: PatientExistence;
  requirePractitioner: (id: number, field: string) => unknown;
  motifDuration: (motifId: number, practitionerId: number) => number;
}) {
  const { store, clock } = deps;
  const changed = (date: string) => {
    deps.events.emit('agenda.changed', { date });
  };

  const toEntry = (row: AppointmentRow, names: ReadonlyMap<number, string>): WaitingRoomEntry => ({
    ...appointmentFromRow(row, deps.patientName, deps.patientBirthDate),
    practitionerName: names.get(row.practitioner_id) ?? '',
    flow: row.flow,
    flowTimes: JSON.parse(row.flow_times) as Record<string, string>,
    walkIn: row.walk_in === 1,
  });

  return {
    changed,
    list(date: string): WaitingRoomEntry[] {
      const names = deps.practitionerNames();
      return store.today(date).map((row) => toEntry(row, names));
    },
    setFlow(id: number, flow: FlowStep, actor: Actor): void {
      const row = store.appointment(id);
      if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${id}).`, { id: 'introuvable' });
      if (row.status === 'cancelled') throw new DomainError('CONFLICT', 'Ce rendez-vous est annulé.', { id: 'annulé' });
      const early = flow === 'absent' ? noShowRefusal({ date: row.local_date, time: row.local_time }, clock()) : null;
      if (early) throw new DomainError('CONFLICT', early, { flow: 'trop tôt' });
      const times = JSON.parse(row.flow_times) as Record<string, string>;
      times[flow] = isoAt(clock);
      store.setFlow(id, flow, JSON.stringify(times));
      if (flow === 'absent') store.setStatus(id, 'no-show', 'absent en salle d’attente');
      deps.audit.trace(actor, 'agenda.setFlow', row.patient_id, flow);
      changed(row.local_date);
    },
    /**
     * A no-show taken back the same day (issue 24 point 14), from the day list or the waiting
     * room: the appointment is booked again and the patient's count of absences follows.
     */
    undoNoShow(id: number, actor: Actor): { noShows: number } {
      const row = store.appointment(id);
      if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${id}).`, { id: 'introuvable' });
      if (row.status !== 'no-show')
        throw new DomainError('CONFLICT', 'Ce rendez-vous n’est pas noté absent.', { id: 'pas absent' });
      const late = undoNoShowRefusal({ date: row.local_date }, clock());
      if (late) throw new DomainError('CONFLICT', late, { id: 'jour passé' });
      const times = JSON.parse(row.flow_times) as Record<string, string>;
      delete times.absent;
      store.reinstate(id, JSON.stringify(times));
      deps.audit.trace(actor, 'agenda.undoNoShow', row.patient_id, row.local_time);
      changed(row.local_date);
      return { noShows: store.noShows(row.patient_id) };
    },
    /** An emergency without appointment: arrived now, slotted at the current minute between the others. */
    walkIn(input: { patientId: number; practitionerId: number; motifId: number; notes: string }, actor: Actor): number {
      deps.patients.require(input.patientId, 'patientId');
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      const duration = deps.motifDuration(input.motifId, input.practitionerId);
      let start = Math.ceil(clock() / 60_000) * 60_000;
      while (store.startTaken(input.practitionerId, new Date(start).toISOString())) start += 60_000;
      const local = localOf(start);
      const now = isoAt(clock);
      const id = store.insertWalkIn({
        ...input,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + duration * 60_000).toISOString(),
        date: local.date,
        time: local.time,
        userId: actor.userId,
        now,
        flowTimes: JSON.stringify({ arrived: now }),
      });
      deps.audit.trace(actor, 'agenda.walkIn', input.patientId, local.time);
      changed(todayAt(clock()));
      return id;
    },
  };
}
export type WaitingRoom = ReturnType<typeof createWaitingRoom>;
