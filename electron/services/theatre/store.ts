import type { Db } from '../../../db/connection.js';
import type { CaseStatus, TheatreCaseInput, TheatreSessionInput } from '../../api/common/schemas/theatre.js';

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
  status: CaseStatus;
  status_times: string;
  status_reason: string;
  /** JSON: [{status, reason, userId, at, missing}], statuses forced past the checklist. */
  forced_steps: string;
  visit_id: number | null;
}

export interface AnswerRow {
  item_id: string;
  answer: 'yes' | 'no' | 'na';
  decision: 'go' | 'nogo' | null;
  reason: string;
  by: string;
  at: string;
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
  const session = db.prepare<[number], { id: number; date: string }>(
    'SELECT id, date FROM theatre_sessions WHERE id = ?',
  );
  const sessionById = db.prepare<
    [number],
    SessionRow
  >(`SELECT s.*, p.title || ' ' || p.first_name || ' ' || p.last_name AS surgeon_name
    FROM theatre_sessions s LEFT JOIN practitioners p ON p.id = s.surgeon_id WHERE s.id = ?`);
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
  const setVisit = db.prepare('UPDATE theatre_cases SET visit_id = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE theatre_cases SET status = ?, status_times = ?, status_reason = ? WHERE id = ?');
  const setForcedSteps = db.prepare('UPDATE theatre_cases SET forced_steps = ? WHERE id = ?');
  const userName = db.prepare<[number], { display_name: string }>('SELECT display_name FROM users WHERE id = ?');
  const answers = db.prepare<[number], AnswerRow>(
    'SELECT a.item_id, a.answer, a.decision, a.reason, u.display_name AS by, a.at FROM theatre_checklist_answers a JOIN users u ON u.id = a.user_id WHERE a.case_id = ?',
  );
  const insertAnswer =
    db.prepare(`INSERT INTO theatre_checklist_answers (case_id, item_id, answer, decision, reason, user_id, at)
    VALUES (@caseId, @itemId, @answer, @decision, @reason, @userId, @at) ON CONFLICT (case_id, item_id) DO NOTHING`);

  const lastOperation = db.prepare<[number, string], { date: string | null }>(
    `SELECT max(s.date) AS date FROM theatre_cases c JOIN theatre_sessions s ON s.id = c.session_id
     WHERE c.patient_id = ? AND s.date <= ? AND c.status NOT IN ('planned', 'called', 'postponed', 'cancelled')`,
  );
  const nextOperation = db.prepare<[number, string], { date: string | null }>(
    `SELECT min(s.date) AS date FROM theatre_cases c JOIN theatre_sessions s ON s.id = c.session_id
     WHERE c.patient_id = ? AND s.date >= ? AND c.status NOT IN ('postponed', 'cancelled', 'left')`,
  );
  const leftBetween = db.prepare<[string, string], CaseRow & { date: string }>(
    `SELECT c.*, s.date FROM theatre_cases c JOIN theatre_sessions s ON s.id = c.session_id
     WHERE c.status = 'left' AND s.date BETWEEN ? AND ? ORDER BY s.date, s.room, c.position, c.id`,
  );
  return {
    /** The cases that reached « sorti » on a day from `from` to `to`, with that day. */
    leftBetween: (from: string, to: string): (CaseRow & { date: string })[] => leftBetween.all(from, to),
    nextOperation: (patientId: number, today: string): string | null =>
      nextOperation.get(patientId, today)?.date ?? null,
    /** The day of the patient's last operation up to `today` (the inbox's "operated in the last 30 days"). */
    lastOperation: (patientId: number, today: string): string | null =>
      lastOperation.get(patientId, today)?.date ?? null,
    insertSession: (input: TheatreSessionInput, userId: number, now: string): number =>
      Number(insertSession.run({ ...input, userId, now }).lastInsertRowid),
    sessionsOn: (date: string): SessionRow[] => sessionsOn.all(date),
    sessionExists: (id: number): boolean => session.get(id) !== undefined,
    sessionsDateOf: (id: number): string | null => session.get(id)?.date ?? null,
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
    setStatus: (id: number, status: CaseStatus, times: string, reason: string): void => {
      setStatus.run(status, times, reason, id);
    },
    setForcedSteps: (id: number, steps: string): void => {
      setForcedSteps.run(steps, id);
    },
    userName: (id: number): string => userName.get(id)?.display_name ?? `compte n° ${id}`,
    answers: (caseId: number): AnswerRow[] => answers.all(caseId),
    setVisit: (caseId: number, visitId: number): void => {
      setVisit.run(visitId, caseId);
    },
    session: (id: number): SessionRow | null => sessionById.get(id) ?? null,
    /** False when another seat answered first: nothing is overwritten. */
    insertAnswer: (row: {
      caseId: number;
      itemId: string;
      answer: string;
      decision: string | null;
      reason: string;
      userId: number;
      at: string;
    }): boolean => insertAnswer.run(row).changes === 1,
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
