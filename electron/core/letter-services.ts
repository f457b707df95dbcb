import { join } from 'node:path';
import type { Db } from '../../db/connection.js';
import type { Practice, Practitioner } from '../api/schemas/practice.js';
import { createDictationService } from '../services/dictation/service.js';
import { createVocabularyStore } from '../services/dictation/vocabulary-store.js';
import { findLibreOffice } from '../services/letters/pdf.js';
import { createLettersService } from '../services/letters/service.js';
import { createLettersStore } from '../services/letters/store.js';
import { isoAt, type Clock, type EventBus } from './events.js';
import type { LetterServices } from './letter-handlers.js';
import type { PatientServices } from './patient-handlers.js';

const RECOGNITION_THREADS = 2;

/** 2026-11-24-14h05-09: the practice's local time, as people read it in the Documents tab. */
function localStamp(at: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}h${two(at.getMinutes())}-${two(at.getSeconds())}`;
}

/** Wires letters and dictation (issue 4); models live in the data folder, beside the database. */
export function createLetterServices(deps: {
  db: Db;
  clock: Clock;
  events: EventBus;
  dataDir: string;
  patientServices: PatientServices;
  practice: () => Practice;
  practitioner: (id: number) => Practitioner | null;
  practitionerOfUser: (userId: number) => number | null;
}): LetterServices {
  // Asked once, in the PDF queue (never on a request): starting LibreOffice to ask takes a second.
  let libreOffice: Promise<string | null> | undefined;
  const letters = createLettersService({
    store: createLettersStore(deps.db),
    patients: deps.patientServices.patients,
    doctors: deps.patientServices.doctors,
    visits: deps.patientServices.visits,
    audit: deps.patientServices.audit,
    events: deps.events,
    clock: deps.clock,
    dataDir: deps.dataDir,
    practice: deps.practice,
    practitioner: deps.practitioner,
    practitionerOfUser: deps.practitionerOfUser,
    libreOffice: () => (libreOffice ??= findLibreOffice()),
  });
  const dictation = createDictationService({
    vocabulary: createVocabularyStore(deps.db),
    events: deps.events,
    modelsDir: join(deps.dataDir, 'models'),
    recordings: {
      check: (visitId) => void deps.patientServices.visits.require(visitId, 'visitId'),
      keep(visitId, wav, actor) {
        const visit = deps.patientServices.visits.require(visitId, 'visitId');
        const fileName = `dictee-${localStamp(new Date(isoAt(deps.clock)))}.wav`;
        const document = deps.patientServices.documents.add({ patientId: visit.patientId, visitId, fileName, contentBase64: wav.toString('base64') }, actor);
        return { documentId: document.id, fileName };
      },
    },
    // The native binding is loaded on the first dictation, not at every start of the app.
    openTranscriber: async (modelFile, vadModelFile) => {
      const { openWhisperTranscriber } = await import('../services/dictation/whisper-transcriber.js');
      return openWhisperTranscriber({ modelFile, vadModelFile, threads: RECOGNITION_THREADS });
    },
  });
  return { letters, dictation };
}
