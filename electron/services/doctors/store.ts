import type { Db } from '../../../db/connection.js';
import type { Doctor } from '../../api/common/schemas/patients.js';
import { foldName } from '../../lib/name-folding.js';

interface DoctorRow {
  id: number;
  title: string;
  first_name: string;
  last_name: string;
  specialty: string;
  city: string;
  phone: string;
  email: string;
}

const toDoctor = (row: DoctorRow): Doctor => ({
  id: row.id,
  title: row.title,
  firstName: row.first_name,
  lastName: row.last_name,
  specialty: row.specialty,
  city: row.city,
  phone: row.phone,
  email: row.email,
});

export function createDoctorsStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO doctors (title, first_name, last_name, specialty, city, phone, email, search_key, created_at)
    VALUES (@title, @firstName, @lastName, @specialty, @city, @phone, @email, @searchKey, @now)`);
  const select = db.prepare<[number], DoctorRow>('SELECT * FROM doctors WHERE id = ?');
  const search = db.prepare<[string, string, number], DoctorRow>(
    'SELECT * FROM doctors WHERE search_key >= ? AND search_key < ? ORDER BY search_key LIMIT ?',
  );
  const byEmail = db.prepare<[string], { id: number }>(
    "SELECT id FROM doctors WHERE email = ? COLLATE NOCASE AND email <> '' LIMIT 1",
  );
  return {
    /** A doctor of the directory writes from this address (the inbox's "sender: doctor"). */
    hasEmail: (address: string): boolean => byEmail.get(address) !== undefined,
    insert: (doctor: Omit<Doctor, 'id'>, now: string): number =>
      Number(
        insert.run({ ...doctor, searchKey: foldName(`${doctor.lastName} ${doctor.firstName}`).replace(/ /g, ''), now })
          .lastInsertRowid,
      ),
    get: (id: number): Doctor | null => {
      const row = select.get(id);
      return row ? toDoctor(row) : null;
    },
    /** Directory look-up by the beginning of the last name (accents and spaces ignored). */
    search: (prefix: string, limit: number): Doctor[] => search.all(prefix, `${prefix}\x7f`, limit).map(toDoctor),
  };
}
export type DoctorsStore = ReturnType<typeof createDoctorsStore>;
