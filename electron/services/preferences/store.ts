import type { Db } from '../../../db/connection.js';
import { preferenceValueSchema, type Preference, type PreferenceValue } from '../../api/common/schemas/patient-file.js';

interface PreferenceRow {
  value: string;
  by: string;
  at: string;
  version: number;
}

export function createPreferencesStore(db: Db) {
  // Compare and set (issue 14): a first entry only if none exists, a change only on the version read.
  const insert = db.prepare(`
    INSERT INTO patient_preferences (patient_id, item, value, user_id, at) VALUES (@patientId, @item, @value, @userId, @now)
    ON CONFLICT (patient_id, item) DO NOTHING`);
  const update = db.prepare(`
    UPDATE patient_preferences SET value = @value, user_id = @userId, at = @now, version = version + 1
    WHERE patient_id = @patientId AND item = @item AND version = @version`);
  const selectOne = db.prepare<[number, string], { value: string }>(
    'SELECT value FROM patient_preferences WHERE patient_id = ? AND item = ?',
  );
  const forPatient = db.prepare<[number], PreferenceRow>(
    'SELECT p.value, u.display_name AS by, p.at, p.version FROM patient_preferences p JOIN users u ON u.id = p.user_id WHERE p.patient_id = ? ORDER BY p.item',
  );
  return {
    /** False when someone saved this item since `version` (0: not yet entered); nothing written then. */
    set: (patientId: number, value: PreferenceValue, version: number, userId: number, now: string): boolean => {
      const row = { patientId, item: value.item, value: JSON.stringify(value), userId, now, version };
      return (version === 0 ? insert.run(row) : update.run(row)).changes === 1;
    },
    /** The stored JSON, kept as the previous value in the access log. */
    rawValue: (patientId: number, item: string): string | null => selectOne.get(patientId, item)?.value ?? null,
    forPatient: (patientId: number): Preference[] =>
      // Parsed again on the way out: a row written by an older schema shows up as a clear error.
      forPatient.all(patientId).map((row) => ({
        value: preferenceValueSchema.parse(JSON.parse(row.value)),
        by: row.by,
        at: row.at,
        version: row.version,
      })),
  };
}
export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
