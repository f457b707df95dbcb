import type { Db } from '../../../db/connection.js';
import type { IDENTITY_STATUSES, PatientFields } from '../../api/common/schemas/patients.js';
import { searchTokens } from '../../lib/name-folding.js';

type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

interface PatientRow {
  id: number;
  birth_name: string;
  first_names: string;
  birth_date: string;
  sex: PatientFields['sex'];
  birthplace_insee: string;
  used_name: string;
  used_first_name: string;
  nir: string | null;
  identity_status: IdentityStatus;
  phone_mobile: string;
  phone_other: string;
  email: string;
  address_line: string;
  postal_code: string;
  city: string;
  preferred_channel: PatientFields['preferredChannel'];
  gp_id: number | null;
  referrer_id: number | null;
  occupation: string;
  employer: string;
  dominant_hand: PatientFields['dominantHand'];
  work_accident: number;
  work_accident_date: string | null;
  work_accident_employer: string;
  work_accident_insurer: string;
  deceased_on: string | null;
  merged_into: number | null;
  created_at: string;
  updated_at: string;
  version: number;
  updated_by_name: string | null;
}

export interface SummaryRow {
  id: number;
  birth_name: string;
  used_name: string;
  first_names: string;
  used_first_name: string;
  birth_date: string;
  sex: PatientFields['sex'];
  city: string;
  identity_status: IdentityStatus;
  last_visit: string | null;
}

export interface StoredPatient {
  id: number;
  fields: PatientFields;
  identityStatus: IdentityStatus;
  mergedInto: number | null;
  createdAt: string;
  /** Raised by every change (issue 14): a save based on an older one is refused. */
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

const toFields = (row: PatientRow): PatientFields => ({
  birthName: row.birth_name,
  firstNames: row.first_names,
  birthDate: row.birth_date,
  sex: row.sex,
  birthplaceInsee: row.birthplace_insee,
  usedName: row.used_name,
  usedFirstName: row.used_first_name,
  nir: row.nir ?? '',
  phoneMobile: row.phone_mobile,
  phoneOther: row.phone_other,
  email: row.email,
  addressLine: row.address_line,
  postalCode: row.postal_code,
  city: row.city,
  preferredChannel: row.preferred_channel,
  gpId: row.gp_id,
  referrerId: row.referrer_id,
  occupation: row.occupation,
  employer: row.employer,
  dominantHand: row.dominant_hand,
  workAccident: row.work_accident === 1,
  workAccidentDate: row.work_accident_date,
  workAccidentEmployer: row.work_accident_employer,
  workAccidentInsurer: row.work_accident_insurer,
  deceasedOn: row.deceased_on,
});

const toParams = (fields: PatientFields) => ({
  ...fields,
  nir: fields.nir || null,
  workAccident: fields.workAccident ? 1 : 0,
  workAccidentDate: fields.workAccident ? fields.workAccidentDate : null,
});

const COLUMNS = `birth_name, first_names, birth_date, sex, birthplace_insee, used_name, used_first_name, nir,
  phone_mobile, phone_other, email, address_line, postal_code, city, preferred_channel, gp_id, referrer_id,
  occupation, employer, dominant_hand, work_accident, work_accident_date, work_accident_employer,
  work_accident_insurer, deceased_on`;
const VALUES = `@birthName, @firstNames, @birthDate, @sex, @birthplaceInsee, @usedName, @usedFirstName, @nir,
  @phoneMobile, @phoneOther, @email, @addressLine, @postalCode, @city, @preferredChannel, @gpId, @referrerId,
  @occupation, @employer, @dominantHand, @workAccident, @workAccidentDate, @workAccidentEmployer,
  @workAccidentInsurer, @deceasedOn`;

/** Upper bound of a prefix range: tokens hold only [a-z0-9#!], all below DEL. */
const rangeOf = (prefix: string) => ({ lo: prefix, hi: `${prefix}\x7f` });

export function createPatientsStore(db: Db) {
  const insert = db.prepare(`INSERT INTO patients (${COLUMNS}, created_at, updated_at) VALUES (${VALUES}, @now, @now)`);
  // Compare and set: the row changes only if nobody saved since the version the edit is based on.
  const update = db.prepare(
    `UPDATE patients SET (${COLUMNS}, updated_at, updated_by, version) = (${VALUES}, @now, @userId, version + 1)
     WHERE id = @id AND version = @version`,
  );
  const select = db.prepare<[number], PatientRow>(
    `SELECT p.*, u.display_name AS updated_by_name FROM patients p LEFT JOIN users u ON u.id = p.updated_by WHERE p.id = ?`,
  );
  const deleteTokens = db.prepare('DELETE FROM patient_search WHERE patient_id = ?');
  const insertToken = db.prepare('INSERT OR IGNORE INTO patient_search (token, patient_id) VALUES (?, ?)');
  // Last visit is read here, with the summary, because a search result must show it in one query.
  const summaries = db.prepare<[string], SummaryRow>(`
    SELECT p.id, p.birth_name, p.used_name, p.first_names, p.used_first_name, p.birth_date, p.sex, p.city, p.identity_status,
      (SELECT max(v.date) FROM visits v WHERE v.patient_id = p.id) AS last_visit
    FROM json_each(?) j JOIN patients p ON p.id = j.value ORDER BY j.key`);
  const byBirthYear = db.prepare<[string, string, number], { id: number }>(
    'SELECT id FROM patients WHERE birth_date BETWEEN ? AND ? AND merged_into IS NULL ORDER BY birth_date, birth_name LIMIT ?',
  );
  const byBirthDate = db.prepare<[string, number], { id: number }>(
    'SELECT id FROM patients WHERE birth_date = ? AND merged_into IS NULL ORDER BY birth_name, first_names LIMIT ?',
  );
  const setStatus = db.prepare(
    'UPDATE patients SET identity_status = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?',
  );
  const insertStatusChange = db.prepare(
    'INSERT INTO identity_status_changes (patient_id, from_status, to_status, reason, user_id, at, id_document) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const statusHistory = db.prepare<
    [number],
    { from_status: IdentityStatus; to_status: IdentityStatus; reason: string; by: string; at: string }
  >(`
    SELECT c.from_status, c.to_status, c.reason, u.display_name AS by, c.at FROM identity_status_changes c
    JOIN users u ON u.id = c.user_id WHERE c.patient_id = ? ORDER BY c.id DESC`);
  // A merge moves every row of the merged file to the kept one: the one place where this store
  // writes other services' tables, because the move must be one transaction.
  const mergeStatements = [
    'UPDATE visits SET patient_id = @keep WHERE patient_id = @merge',
    'UPDATE documents SET patient_id = @keep WHERE patient_id = @merge',
    'UPDATE patient_alerts SET patient_id = @keep WHERE patient_id = @merge',
    `INSERT OR IGNORE INTO patient_preferences (patient_id, item, value, user_id, at)
       SELECT @keep, item, value, user_id, at FROM patient_preferences WHERE patient_id = @merge`,
    'DELETE FROM patient_preferences WHERE patient_id = @merge',
    'DELETE FROM patient_search WHERE patient_id = @merge',
    'UPDATE patients SET merged_into = @keep, updated_at = @now, updated_by = @userId, version = version + 1 WHERE id = @merge',
  ].map((sql) => db.prepare(sql));
  const insertMerge = db.prepare(
    'INSERT INTO patient_merges (kept_id, merged_id, reason, snapshot, user_id, at) VALUES (@keep, @merge, @reason, @snapshot, @userId, @now)',
  );
  const countRange = db.prepare<{ lo: string; hi: string; cap: number }, { n: number }>(
    'SELECT count(*) AS n FROM (SELECT 1 FROM patient_search WHERE token >= @lo AND token < @hi LIMIT @cap)',
  );
  const searchStatements = new Map<number, ReturnType<Db['prepare']>>();

  /** One range scan on the driving word, each further word an index probe per candidate. */
  function searchStatement(words: number) {
    let statement = searchStatements.get(words);
    if (!statement) {
      const extra = Array.from(
        { length: words - 1 },
        (_, index) =>
          `AND EXISTS (SELECT 1 FROM patient_search t${index} WHERE t${index}.patient_id = s.patient_id AND t${index}.token >= @lo${index} AND t${index}.token < @hi${index})`,
      ).join(' ');
      statement = db.prepare(
        `SELECT DISTINCT s.patient_id AS id FROM patient_search s WHERE s.token >= @lo AND s.token < @hi ${extra} LIMIT @limit`,
      );
      searchStatements.set(words, statement);
    }
    return statement;
  }

  const writeTokens = (id: number, fields: PatientFields) => {
    deleteTokens.run(id);
    for (const token of searchTokens(fields)) insertToken.run(token, id);
  };

  return {
    insert: db.transaction((fields: PatientFields, now: string): number => {
      const id = Number(insert.run({ ...toParams(fields), now }).lastInsertRowid);
      writeTokens(id, fields);
      return id;
    }),
    /** False when the file changed since `version` (nothing written then). */
    update: db.transaction(
      (id: number, fields: PatientFields, version: number, userId: number, now: string): boolean => {
        if (update.run({ ...toParams(fields), id, now, userId, version }).changes === 0) return false;
        writeTokens(id, fields);
        return true;
      },
    ),
    get: (id: number): StoredPatient | null => {
      const row = select.get(id);
      return row
        ? {
            id: row.id,
            fields: toFields(row),
            identityStatus: row.identity_status,
            mergedInto: row.merged_into,
            createdAt: row.created_at,
            version: row.version,
            updatedAt: row.updated_at,
            updatedByName: row.updated_by_name,
          }
        : null;
    },
    summaries: (ids: readonly number[]): SummaryRow[] => (ids.length ? summaries.all(JSON.stringify(ids)) : []),
    /**
     * Patients having, for every word, a token that starts with it. With several words, the one
     * with the fewest index entries drives the scan (counted up to a cap, so counting stays
     * cheap), and a word nobody has ends the search at once.
     */
    searchTokens: (prefixes: readonly string[], limit: number): number[] => {
      let ordered = [...prefixes];
      if (ordered.length > 1) {
        const counts = new Map(
          ordered.map((prefix) => [prefix, countRange.get({ ...rangeOf(prefix), cap: 5000 })?.n ?? 0]),
        );
        if ([...counts.values()].includes(0)) return [];
        ordered = ordered.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0));
      }
      const [driver, ...others] = ordered;
      if (driver === undefined) return [];
      const params: Record<string, string | number> = { ...rangeOf(driver), limit };
      others.forEach((prefix, index) => {
        const { lo, hi } = rangeOf(prefix);
        params[`lo${index}`] = lo;
        params[`hi${index}`] = hi;
      });
      return (searchStatement(prefixes.length).all(params) as { id: number }[]).map((row) => row.id);
    },
    /** Patients whose e-mail is this address (case aside): the sender of a message (issue 11). */
    byEmail: (address: string): number[] =>
      (
        db
          .prepare(
            "SELECT id FROM patients WHERE email = ? COLLATE NOCASE AND email <> '' AND merged_into IS NULL LIMIT 5",
          )
          .all(address) as { id: number }[]
      ).map((row) => row.id),
    byBirthDate: (date: string, limit: number): number[] => byBirthDate.all(date, limit).map((row) => row.id),
    byBirthYear: (year: string, limit: number): number[] =>
      byBirthYear.all(`${year}-01-01`, `${year}-12-31`, limit).map((row) => row.id),
    changeStatus: db.transaction(
      (
        id: number,
        from: IdentityStatus,
        to: IdentityStatus,
        reason: string,
        userId: number,
        now: string,
        idDocument: string | null,
      ) => {
        setStatus.run(to, now, userId, id);
        insertStatusChange.run(id, from, to, reason, userId, now, idDocument);
      },
    ),
    statusHistory: (id: number) => statusHistory.all(id),
    merge: db.transaction(
      (params: { keep: number; merge: number; reason: string; snapshot: string; userId: number; now: string }) => {
        for (const statement of mergeStatements)
          statement.run({ keep: params.keep, merge: params.merge, now: params.now, userId: params.userId });
        insertMerge.run(params);
      },
    ),
  };
}
export type PatientsStore = ReturnType<typeof createPatientsStore>;
