import type { Db } from '../../../db/connection.js';
import { preferenceValueSchema, type Preference, type PreferenceValue } from '../../api/schemas/patient-file.js';

interface PreferenceRow {
  value: string;
  by: string;
  at: string;
}

export function createPreferencesStore(db: Db) {
  const upsert = db.prepare(`
    INSERT INTO patient_preferences (patient_id, item, value, user_id, at) VALUES (@patientId, @item, @value, @userId, @now)
    ON CONFLICT (patient_id, item) DO UPDATE SET value = excluded.value, user_id = excluded.user_id, at = excluded.at`);
  const selectOne = db.prepare<[number, string], { value: string }>(
    'SELECT value FROM patient_preferences WHERE patient_id = ? AND item = ?',
  );
  const forPatient = db.prepare<[number], PreferenceRow>(
    'SELECT p.value, u.display_name AS by, p.at FROM patient_preferences p JOIN users u ON u.id = p.user_id WHERE p.patient_id = ? ORDER BY p.item',
  );
  return {
    set: (patientId: number, value: PreferenceValue, userId: number, now: string): void => {
      upsert.run({ patientId, item: value.item, value: JSON.stringify(value), userId, now });
    },
    /** The stored JSON, kept as the previous value in the access log. */
    rawValue: (patientId: number, item: string): string | null => selectOne.get(patientId, item)?.value ?? null,
    forPatient: (patientId: number): Preference[] =>
      // Parsed again on the way out: a row written by an older schema shows up as a clear error.
      forPatient
        .all(patientId)
        .map((row) => ({ value: preferenceValueSchema.parse(JSON.parse(row.value)), by: row.by, at: row.at })),
  };
}
export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
