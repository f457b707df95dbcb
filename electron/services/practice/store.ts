import type { Db } from '../../../db/connection.js';
import type { Practice, PracticeRead, Practitioner, PractitionerInput } from '../../api/common/schemas/practice.js';

/** Who saved a record last and when, for a refused stale save (issue 14). */
export interface LastChange {
  readonly by: string | null;
  readonly at: string;
}

interface PracticeRow {
  name: string;
  address_line: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  finess: string;
  lock_after_minutes: number;
  holiday_region: Practice['holidayRegion'];
  agenda_grid_minutes: number;
  version: number;
  updated_at: string;
  updated_by_name: string | null;
}

interface PractitionerRow {
  id: number;
  kind: Practitioner['kind'];
  title: Practitioner['title'];
  first_name: string;
  last_name: string;
  rpps: string;
  specialty: string;
  signature: string;
  active: number;
  version: number;
  updated_at: string;
  updated_by_name: string | null;
}

const toPractice = (row: PracticeRow): PracticeRead => ({
  name: row.name,
  addressLine: row.address_line,
  postalCode: row.postal_code,
  city: row.city,
  phone: row.phone,
  email: row.email,
  finess: row.finess,
  lockAfterMinutes: row.lock_after_minutes,
  holidayRegion: row.holiday_region,
  agendaGridMinutes: row.agenda_grid_minutes,
  version: row.version,
});

const toPractitioner = (row: PractitionerRow): Practitioner => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  firstName: row.first_name,
  lastName: row.last_name,
  rpps: row.rpps,
  specialty: row.specialty,
  signature: row.signature,
  active: row.active === 1,
  version: row.version,
});

const practitionerParams = (input: PractitionerInput) => ({
  kind: input.kind,
  title: input.title,
  first_name: input.firstName,
  last_name: input.lastName,
  rpps: input.rpps,
  specialty: input.specialty,
  signature: input.signature,
});

/** The practice's SQL, and only here (HOUSE.md rule 6). */
export function createPracticeStore(db: Db) {
  const selectPractice = db.prepare<[], PracticeRow>(
    `SELECT p.*, u.display_name AS updated_by_name FROM practice p LEFT JOIN users u ON u.id = p.updated_by WHERE p.id = 1`,
  );
  // Its identifier (issue 27) is drawn once, here: every backup names it, a restore compares it.
  const insertPractice = db.prepare(
    'INSERT INTO practice (id, name, uid, updated_at) VALUES (1, ?, lower(hex(randomblob(16))), ?)',
  );
  const updatePractice = db.prepare(`
    UPDATE practice SET name = @name, address_line = @addressLine, postal_code = @postalCode, city = @city,
      phone = @phone, email = @email, finess = @finess, lock_after_minutes = @lockAfterMinutes,
      holiday_region = @holidayRegion, agenda_grid_minutes = @agendaGridMinutes, updated_at = @updatedAt,
      updated_by = @userId, version = version + 1
    WHERE id = 1 AND version = @version`);
  const selectPractitioners = db.prepare<[], PractitionerRow>(
    'SELECT p.*, NULL AS updated_by_name FROM practitioners p ORDER BY active DESC, last_name COLLATE NOCASE, first_name COLLATE NOCASE',
  );
  const selectPractitioner = db.prepare<[number], PractitionerRow>(
    'SELECT p.*, u.display_name AS updated_by_name FROM practitioners p LEFT JOIN users u ON u.id = p.updated_by WHERE p.id = ?',
  );
  const selectPractitionerByRpps = db.prepare<[string], PractitionerRow>(
    'SELECT p.*, NULL AS updated_by_name FROM practitioners p WHERE rpps = ?',
  );
  const insertPractitioner = db.prepare(`
    INSERT INTO practitioners (kind, title, first_name, last_name, rpps, specialty, signature, created_at, updated_at)
    VALUES (@kind, @title, @first_name, @last_name, @rpps, @specialty, @signature, @now, @now)`);
  const updatePractitioner = db.prepare(`
    UPDATE practitioners SET kind = @kind, title = @title, first_name = @first_name, last_name = @last_name, rpps = @rpps,
      specialty = @specialty, signature = @signature, active = @active, updated_at = @now,
      updated_by = @userId, version = version + 1
    WHERE id = @id AND version = @version`);

  return {
    getPractice: (): PracticeRead | null => {
      const row = selectPractice.get();
      return row ? toPractice(row) : null;
    },
    createPractice: (name: string, now: string): void => {
      insertPractice.run(name, now);
    },
    /** False when the practice changed since `version` (nothing written then). */
    updatePractice: (practice: Practice, version: number, userId: number, now: string): boolean =>
      updatePractice.run({ ...practice, updatedAt: now, userId, version }).changes === 1,
    practiceChange: (): LastChange | null => {
      const row = selectPractice.get();
      return row ? { by: row.updated_by_name, at: row.updated_at } : null;
    },
    practitionerChange: (id: number): LastChange | null => {
      const row = selectPractitioner.get(id);
      return row ? { by: row.updated_by_name, at: row.updated_at } : null;
    },
    listPractitioners: (): Practitioner[] => selectPractitioners.all().map(toPractitioner),
    getPractitioner: (id: number): Practitioner | null => {
      const row = selectPractitioner.get(id);
      return row ? toPractitioner(row) : null;
    },
    findPractitionerByRpps: (rpps: string): Practitioner | null => {
      const row = selectPractitionerByRpps.get(rpps);
      return row ? toPractitioner(row) : null;
    },
    insertPractitioner: (input: PractitionerInput, now: string): number =>
      Number(insertPractitioner.run({ ...practitionerParams(input), now }).lastInsertRowid),
    /** False when the practitioner changed since `version` (nothing written then). */
    updatePractitioner: (
      id: number,
      input: PractitionerInput,
      active: boolean,
      change: { version: number; userId: number; now: string },
    ): boolean =>
      updatePractitioner.run({ ...practitionerParams(input), id, active: active ? 1 : 0, ...change }).changes === 1,
  };
}
export type PracticeStore = ReturnType<typeof createPracticeStore>;
