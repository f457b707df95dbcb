import { DomainError, staleEditError } from '../../api/common/result.js';
import { parisToday } from '../../api/common/paris-day.js';
import { patientName } from '../../api/common/french.js';
import {
  ID_DOCUMENT_LABELS,
  IDENTITY_STATUS_LABELS,
  type IdDocument,
  type PatientFields,
  type PatientSummary,
} from '../../api/common/schemas/patients.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { DoctorsService } from '../doctors/service.js';
import { namesClose } from '../../lib/name-folding.js';
import { ageOn } from '../../api/common/schemas/identity.js';
import { planSearch } from './search.js';
import type { IdentityStatus, PatientsService } from './interface.js';
import type { PatientsStore, StoredPatient, SummaryRow } from './store.js';

export type { IdentityChange, PatientExistence, PatientsService, StoredPatient } from './interface.js';

const today = (clock: Clock) => parisToday(clock);

export function createPatientsService(deps: {
  store: PatientsStore;
  doctors: DoctorsService;
  audit: AuditService;
  clock: Clock;
}): PatientsService {
  const { store, doctors, audit, clock } = deps;

  const toSummary = (row: SummaryRow): PatientSummary => ({
    id: row.id,
    birthName: row.birth_name,
    usedName: row.used_name,
    firstNames: row.first_names,
    usedFirstName: row.used_first_name,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today(clock)),
    sex: row.sex,
    city: row.city,
    lastVisit: row.last_visit,
    identityStatus: row.identity_status,
  });

  function require(id: number, field = 'id'): StoredPatient {
    const patient = store.get(id);
    if (!patient)
      throw new DomainError('NOT_FOUND', `Dossier patient introuvable (n° ${id}).`, { [field]: 'patient introuvable' });
    return patient;
  }

  function duplicatesOf(
    fields: Pick<PatientFields, 'birthName' | 'firstNames' | 'birthDate'>,
    exceptId: number | null,
  ): PatientSummary[] {
    const sameDay = store.summaries(store.byBirthDate(fields.birthDate, 500));
    return sameDay
      .filter((row) => row.id !== exceptId)
      .filter(
        (row) =>
          namesClose(row.birth_name, fields.birthName) ||
          (row.used_name !== '' && namesClose(row.used_name, fields.birthName)),
      )
      .map(toSummary);
  }

  function checkReferences(fields: PatientFields): void {
    doctors.require(fields.gpId, 'gpId');
    doctors.require(fields.referrerId, 'referrerId');
  }

  function refuseTakenNir(fields: PatientFields, exceptId: number | null): void {
    if (!fields.nir) return;
    const holders = store.searchTokens([`!${fields.nir.slice(0, 13)}`], 2).filter((id) => id !== exceptId);
    if (holders.length > 0)
      throw new DomainError('CONFLICT', 'Ce NIR est déjà celui d’un autre dossier.', {
        nir: `NIR déjà attribué (dossier n° ${holders[0]})`,
      });
  }

  return {
    require,

    search(query: string, limit: number): PatientSummary[] {
      const plan = planSearch(query);
      if (plan.kind === 'none') return [];
      const ids =
        plan.kind === 'birthDate'
          ? store.byBirthDate(plan.date, limit)
          : plan.kind === 'birthYear'
            ? store.byBirthYear(plan.year, limit)
            : store.searchTokens(plan.prefixes, limit);
      return store.summaries(ids).map(toSummary);
    },

    /** Several patients by id at once (the inbox queue shows each message's patient). */
    summariesOf: (ids: readonly number[]): PatientSummary[] => store.summaries([...new Set(ids)]).map(toSummary),
    byEmail: (address: string): PatientSummary[] => store.summaries(store.byEmail(address)).map(toSummary),

    findDuplicates: (fields: Pick<PatientFields, 'birthName' | 'firstNames' | 'birthDate'>): PatientSummary[] =>
      duplicatesOf(fields, null),

    create(fields: PatientFields, confirmNotDuplicate: boolean, actor: Actor): number {
      checkReferences(fields);
      refuseTakenNir(fields, null);
      const duplicates = duplicatesOf(fields, null);
      if (duplicates.length > 0 && !confirmNotDuplicate) {
        const names = duplicates.map((d) => `${patientName(d)} (n° ${d.id})`).join(', ');
        throw new DomainError(
          'CONFLICT',
          `Dossier(s) proche(s) déjà existant(s) : ${names}. Vérifiez avant de créer un nouveau dossier.`,
          {
            confirmNotDuplicate: 'doublon possible : confirmez qu’il s’agit d’une autre personne',
          },
        );
      }
      const id = store.insert(fields, isoAt(clock));
      audit.trace(
        actor,
        'patients.create',
        id,
        duplicates.length ? `créé malgré ${duplicates.length} dossier(s) proche(s)` : '',
      );
      return id;
    },

    /** Saves an edit based on `version`; refused with both versions if someone saved since. */
    update(id: number, fields: PatientFields, version: number, actor: Actor): number {
      const before = require(id);
      // Read again when refusing: the version that won the race is the one to show.
      const stale = () => {
        const latest = require(id);
        return staleEditError(
          'Ce dossier',
          { by: latest.updatedByName, at: latest.updatedAt, version: latest.version, current: latest.fields },
          clock(),
        );
      };
      if (before.version !== version) throw stale();
      if (before.mergedInto !== null)
        throw new DomainError('CONFLICT', `Ce dossier a été fusionné dans le dossier n° ${before.mergedInto}.`);
      checkReferences(fields);
      refuseTakenNir(fields, id);
      const changed = (Object.keys(fields) as (keyof PatientFields)[]).filter(
        (key) => JSON.stringify(fields[key]) !== JSON.stringify(before.fields[key]),
      );
      if (changed.length === 0) return version;
      if (!store.update(id, fields, version, actor.userId, isoAt(clock))) throw stale();
      const previous = Object.fromEntries(changed.map((key) => [key, before.fields[key]]));
      audit.trace(actor, 'patients.update', id, changed.join(', '), JSON.stringify(previous));
      return version + 1;
    },

    /**
     * The INS rules (RNIV), on the server whatever the form does (issue 10): « récupérée » needs the
     * INS (NIR) in the file; « validée » needs an identity document seen; « qualifiée » needs both.
     * Going back to « provisoire » (a doubt) needs only the reason.
     */
    changeIdentityStatus(
      id: number,
      status: IdentityStatus,
      reason: string,
      idDocument: IdDocument | null,
      actor: Actor,
    ): void {
      const before = require(id);
      if (before.identityStatus === status)
        throw new DomainError('INVALID_INPUT', 'L’identité a déjà ce statut.', { status: 'statut inchangé' });
      const needsIns = status === 'retrieved' || status === 'qualified';
      const needsDocument = status === 'validated' || status === 'qualified';
      if (needsIns && !before.fields.nir)
        throw new DomainError(
          'INVALID_INPUT',
          `Une identité « ${IDENTITY_STATUS_LABELS[status].toLowerCase()} » exige l’INS (NIR) récupéré : saisissez-le d’abord dans l’identité.`,
          { status: 'INS (NIR) absent du dossier' },
        );
      if (needsDocument && !idDocument)
        throw new DomainError(
          'INVALID_INPUT',
          `Une identité « ${IDENTITY_STATUS_LABELS[status].toLowerCase()} » exige une pièce d’identité vérifiée : indiquez laquelle.`,
          { idDocument: 'pièce d’identité à indiquer' },
        );
      store.changeStatus(
        id,
        before.identityStatus,
        status,
        reason,
        actor.userId,
        isoAt(clock),
        needsDocument ? idDocument : null,
      );
      audit.trace(
        actor,
        'patients.changeIdentityStatus',
        id,
        `${before.identityStatus} → ${status} : ${reason}${needsDocument && idDocument ? ` (pièce : ${ID_DOCUMENT_LABELS[idDocument]})` : ''}`,
        before.identityStatus,
      );
    },

    merge(keepId: number, mergeId: number, reason: string, actor: Actor): void {
      const kept = require(keepId, 'keepId');
      const merged = require(mergeId, 'mergeId');
      if (kept.mergedInto !== null || merged.mergedInto !== null) {
        throw new DomainError('CONFLICT', 'L’un des deux dossiers a déjà été fusionné.', {
          mergeId: 'dossier déjà fusionné',
        });
      }
      store.merge({
        keep: keepId,
        merge: mergeId,
        reason,
        snapshot: JSON.stringify(merged),
        userId: actor.userId,
        now: isoAt(clock),
      });
      audit.trace(actor, 'patients.merge', keepId, `dossier n° ${mergeId} fusionné ici : ${reason}`);
      audit.trace(
        actor,
        'patients.merge',
        mergeId,
        `fusionné dans le dossier n° ${keepId} : ${reason}`,
        JSON.stringify(merged.fields),
      );
    },

    statusHistory: (id: number) =>
      store
        .statusHistory(id)
        .map((row) => ({ from: row.from_status, to: row.to_status, reason: row.reason, by: row.by, at: row.at })),
  };
}
