import type { Db } from '../../../db/connection.js';
import type { Practice, Practitioner, PractitionerInput } from '../../api/schemas/practice.js';

interface PracticeRow {
  name: string;
  address_line: string;
  postal_code: string;
  city: string;
  phone: string;
  email: string;
  finess: string;
  lock_after_minutes: number;
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
}

const toPractice = (row: PracticeRow): Practice => ({
  name: row.name,
  addressLine: row.address_line,
  postalCode: row.postal_code,
  city: row.city,
  phone: row.phone,
  email: row.email,
  finess: row.finess,
  lockAfterMinutes: row.lock_after_minutes,
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
  const selectPractice = db.prepare<[], PracticeRow>('SELECT * FROM practice WHERE id = 1');
  const insertPractice = db.prepare('INSERT INTO practice (id, name, updated_at) VALUES (1, ?, ?)');
  const updatePractice = db.prepare(`
    UPDATE practice SET name = @name, address_line = @addressLine, postal_code = @postalCode, city = @city,
      phone = @phone, email = @email, finess = @finess, lock_after_minutes = @lockAfterMinutes, updated_at = @updatedAt
    WHERE id = 1`);
  const selectPractitioners = db.prepare<[], PractitionerRow>(
    'SELECT * FROM practitioners ORDER BY active DESC, last_name COLLATE NOCASE, first_name COLLATE NOCASE',
  );
  const selectPractitioner = db.prepare<[number], PractitionerRow>('SELECT * FROM practitioners WHERE id = ?');
  const selectPractitionerByRpps = db.prepare<[string], PractitionerRow>('SELECT * FROM practitioners WHERE rpps = ?');
  const insertPractitioner = db.prepare(`
    INSERT INTO practitioners (kind, title, first_name, last_name, rpps, specialty, signature, created_at, updated_at)
    VALUES (@kind, @title, @first_name, @last_name, @rpps, @specialty, @signature, @now, @now)`);
  const updatePractitioner = db.prepare(`
    UPDATE practitioners SET kind = @kind, title = @title, first_name = @first_name, last_name = @last_name, rpps = @rpps,
      specialty = @specialty, signature = @signature, active = @active, updated_at = @now
    WHERE id = @id`);

  return {
    getPractice: (): Practice | null => {
      const row = selectPractice.get();
      return row ? toPractice(row) : null;
    },
    createPractice: (name: string, now: string): void => {
      insertPractice.run(name, now);
    },
    updatePractice: (practice: Practice, now: string): void => {
      updatePractice.run({ ...practice, updatedAt: now });
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
    updatePractitioner: (id: number, input: PractitionerInput, active: boolean, now: string): void => {
      updatePractitioner.run({ ...practitionerParams(input), id, active: active ? 1 : 0, now });
    },
  };
}
export type PracticeStore = ReturnType<typeof createPracticeStore>;
