import type { Db } from '../../../db/connection.js';
import type { TheatreCaseInput, TheatreSessionInput } from '../../api/schemas/theatre.js';

export interface SessionRow {
  id: number;
  date: string;
  room: string;
  surgeon_id: number | null;
  surgeon_name: string | null;
  anaesthetist: string;
  scrub_nurse: string;
  circulating_nurse: string;
}

export interface CaseRow {
  id: number;
  session_id: number;
  position: number;
  patient_id: number;
  procedure: string;
  side: 'left' | 'right';
  digits: string;
  zone: string | null;
  planned_anaesthesia: 'walant' | 'regional' | 'general';
  estimated_minutes: number;
  turnover_minutes: number;
  notes: string;
}

export function createTheatreStore(db: Db) {
  const insertSession = db.prepare(`INSERT INTO theatre_sessions
    (date, room, surgeon_id, anaesthetist, scrub_nurse, circulating_nurse, user_id, created_at)
    VALUES (@date, @room, @surgeonId, @anaesthetist, @scrubNurse, @circulatingNurse, @userId, @now)`);
  const sessionsOn = db.prepare<
    [string],
    SessionRow
  >(`SELECT s.*, p.title || ' ' || p.first_name || ' ' || p.last_name AS surgeon_name
    FROM theatre_sessions s LEFT JOIN practitioners p ON p.id = s.surgeon_id WHERE s.date = ? ORDER BY s.room, s.id`);
  const session = db.prepare<[number], { id: number }>('SELECT id FROM theatre_sessions WHERE id = ?');
  const casesOf = db.prepare<[number], CaseRow>(
    'SELECT * FROM theatre_cases WHERE session_id = ? ORDER BY position, id',
  );
  const nextPosition = db.prepare<[number], { next: number }>(
    'SELECT coalesce(max(position), 0) + 1 AS next FROM theatre_cases WHERE session_id = ?',
  );
  const insertCase = db.prepare(`INSERT INTO theatre_cases
    (session_id, position, patient_id, procedure, side, digits, zone, planned_anaesthesia, estimated_minutes, turnover_minutes, notes, user_id, created_at)
    VALUES (@sessionId, @position, @patientId, @procedure, @side, @digits, @zone, @plannedAnaesthesia, @estimatedMinutes, @turnoverMinutes, @notes, @userId, @now)`);
  const caseById = db.prepare<[number], CaseRow>('SELECT * FROM theatre_cases WHERE id = ?');
  const setPosition = db.prepare('UPDATE theatre_cases SET position = ? WHERE id = ?');

  return {
    insertSession: (input: TheatreSessionInput, userId: number, now: string): number =>
      Number(insertSession.run({ ...input, userId, now }).lastInsertRowid),
    sessionsOn: (date: string): SessionRow[] => sessionsOn.all(date),
    sessionExists: (id: number): boolean => session.get(id) !== undefined,
    casesOf: (sessionId: number): CaseRow[] => casesOf.all(sessionId),
    caseById: (id: number): CaseRow | null => caseById.get(id) ?? null,
    insertCase: (input: TheatreCaseInput, userId: number, now: string): number =>
      Number(
        insertCase.run({
          ...input,
          digits: JSON.stringify(input.digits),
          position: nextPosition.get(input.sessionId)?.next ?? 1,
          userId,
          now,
        }).lastInsertRowid,
      ),
    /** Puts a case at `position` (1-based) in its session, renumbering the others, in one transaction. */
    move: db.transaction((caseId: number, sessionId: number, position: number) => {
      const others = casesOf.all(sessionId).filter((row) => row.id !== caseId);
      const index = Math.max(0, Math.min(others.length, position - 1));
      const ordered = [
        ...others.slice(0, index).map((row) => row.id),
        caseId,
        ...others.slice(index).map((row) => row.id),
      ];
      ordered.forEach((id, at) => setPosition.run(at + 1, id));
    }),
  };
}
export type TheatreStore = ReturnType<typeof createTheatreStore>;
