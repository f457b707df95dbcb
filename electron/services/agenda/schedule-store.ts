import type { Db } from '../../../db/connection.js';
import type { ExceptionInput, MotifInput, PeriodInput } from '../../api/common/schemas/agenda.js';
import type { ExceptionRow, MotifRow, PeriodRow } from './store-rows.js';

const MOTIF_SELECT = `SELECT m.*,
    (SELECT json_group_array(practitioner_id) FROM agenda_motif_practitioners p WHERE p.motif_id = m.id) AS practitioner_ids,
    (SELECT display_name FROM users u WHERE u.id = m.updated_by) AS updated_by_name
  FROM agenda_motifs m`;

/** The motif's columns as the insert and the update name them. */
interface MotifValues {
  label: string;
  duration: number;
  colour: string;
  room: string;
  instructions: string;
  emergency: number;
  active: number;
}

/** The practice's time as it is set up: motifs, weekly opening periods, exceptions, rooms (issue 12). */
export function createScheduleStore(db: Db) {
  const motifs = db.prepare<[], MotifRow>(`${MOTIF_SELECT} ORDER BY m.label`);
  const motifById = db.prepare<[number], MotifRow>(`${MOTIF_SELECT} WHERE m.id = ?`);
  const motifExists = db.prepare<[number], 1>('SELECT 1 FROM agenda_motifs WHERE id = ?').pluck();
  const insertMotif = db.prepare<MotifValues>(
    `INSERT INTO agenda_motifs (label, duration_minutes, colour, room, instructions, emergency_allowed, active)
     VALUES (@label, @duration, @colour, @room, @instructions, @emergency, @active)`,
  );
  const updateMotif = db.prepare<MotifValues & { id: number; version: number; now: string; userId: number }>(
    `UPDATE agenda_motifs SET label = @label, duration_minutes = @duration, colour = @colour, room = @room,
       instructions = @instructions, emergency_allowed = @emergency, active = @active,
       version = version + 1, updated_at = @now, updated_by = @userId
     WHERE id = @id AND version = @version`,
  );
  const clearMotifPractitioners = db.prepare<[number]>('DELETE FROM agenda_motif_practitioners WHERE motif_id = ?');
  const addMotifPractitioner = db.prepare<[number, number]>(
    'INSERT INTO agenda_motif_practitioners (motif_id, practitioner_id) VALUES (?, ?)',
  );
  const periodsOf = db.prepare<[number], PeriodRow>(
    'SELECT * FROM agenda_periods WHERE practitioner_id = ? ORDER BY weekday, start_time',
  );
  const insertPeriod = db.prepare<PeriodInput & { held: number }>(
    `INSERT INTO agenda_periods (practitioner_id, weekday, start_time, end_time, room, held_for_emergencies, release, valid_from, valid_until)
     VALUES (@practitionerId, @weekday, @startTime, @endTime, @room, @held, @release, @validFrom, @validUntil)`,
  );
  const removePeriod = db.prepare<[number]>('DELETE FROM agenda_periods WHERE id = ?');
  const insertException = db.prepare<Omit<ExceptionInput, 'untilDate'>>(
    `INSERT INTO agenda_exceptions (practitioner_id, date, start_time, end_time, kind, label, on_call_scope)
     VALUES (@practitionerId, @date, @startTime, @endTime, @kind, @label, @onCallScope)`,
  );
  const exceptionsOn = db.prepare<[string], ExceptionRow>('SELECT * FROM agenda_exceptions WHERE date = ?');
  const exceptionsFrom = db.prepare<[string], ExceptionRow>(
    'SELECT * FROM agenda_exceptions WHERE date >= ? ORDER BY date, start_time LIMIT 500',
  );
  const removeException = db.prepare<[number]>('DELETE FROM agenda_exceptions WHERE id = ?');
  const rooms = db
    .prepare<[], string>(
      `SELECT room FROM agenda_motifs WHERE room <> '' UNION SELECT room FROM agenda_periods WHERE room <> ''
       ORDER BY room`,
    )
    .pluck();

  return {
    motifs: () => motifs.all(),
    /** The motif's id, or null when it changed since `input.version` (nothing written then). */
    saveMotif: db.transaction((input: MotifInput, userId: number, now: string): number | null => {
      const values: MotifValues = {
        label: input.label,
        duration: input.durationMinutes,
        colour: input.colour,
        room: input.room,
        instructions: input.instructions,
        emergency: input.emergencyAllowed ? 1 : 0,
        active: input.active ? 1 : 0,
      };
      let id = input.id;
      if (id === null) id = Number(insertMotif.run(values).lastInsertRowid);
      else if (updateMotif.run({ ...values, id, version: input.version, now, userId }).changes === 0) return null;
      clearMotifPractitioners.run(id);
      for (const practitionerId of new Set(input.practitionerIds)) addMotifPractitioner.run(id, practitionerId);
      return id;
    }),
    motifExists: (id: number) => motifExists.get(id) !== undefined,
    motifRow: (id: number) => motifById.get(id),
    periodsOf: (practitionerId: number) => periodsOf.all(practitionerId),
    addPeriod: (input: PeriodInput): number =>
      Number(insertPeriod.run({ ...input, held: input.heldForEmergencies ? 1 : 0 }).lastInsertRowid),
    removePeriod: (id: number) => removePeriod.run(id).changes,
    /** The days of a range in one transaction: all of them or none. */
    addExceptions: (days: readonly Omit<ExceptionInput, 'untilDate'>[]): number[] =>
      db.transaction(() => days.map((day) => Number(insertException.run(day).lastInsertRowid)))(),
    exceptionsOn: (date: string) => exceptionsOn.all(date),
    /** Exceptions from a day on (holidays, absences, on-call and theatre days), for Cabinet › Agenda. */
    exceptionsFrom: (from: string) => exceptionsFrom.all(from),
    removeException: (id: number) => removeException.run(id).changes,
    /** Every room named by a motif or an opening period. */
    rooms: () => rooms.all(),
  };
}
