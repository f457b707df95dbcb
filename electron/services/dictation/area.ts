import { parisStamp } from '../../api/common/paris-day.js';
import { join } from 'node:path';
import { actorOf } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { DocumentsService } from '../documents/service.js';
import type { VisitsService } from '../visits/service.js';
import { createDictationService, type DictationService } from './service.js';
import { createVocabularyStore } from './vocabulary-store.js';

const RECOGNITION_THREADS = 2;

/** 16-bit little-endian samples, as the capture sends them (an odd byte count is refused). */
function pcmOf(bytes: Buffer): Int16Array {
  if (bytes.length % 2 !== 0)
    throw new DomainError('INVALID_INPUT', 'Audio invalide : nombre d’octets impair pour du PCM 16 bits.', {
      pcm: 'PCM 16 bits attendu',
    });
  // Copied: a Buffer may sit at an odd offset of a shared pool, where an Int16Array cannot start.
  return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** Dictation and its models; models live in the data folder, beside the database. */
export function dictationArea(
  context: AreaContext,
  needs: { visits: VisitsService; documents: DocumentsService },
): Area<DictationService> {
  const dictation = createDictationService({
    vocabulary: createVocabularyStore(context.db),
    events: context.events,
    modelsDir: join(context.dataDir, 'models'),
    runIsolated: context.runIsolated,
    recordings: {
      check: (visitId) => void needs.visits.require(visitId, 'visitId'),
      keep(visitId, wav, actor) {
        const visit = needs.visits.require(visitId, 'visitId');
        const fileName = `dictee-${parisStamp(context.clock())}.wav`;
        const document = needs.documents.add({ patientId: visit.patientId, visitId, fileName, content: wav }, actor);
        return { documentId: document.id, fileName };
      },
    },
    // The native binding is loaded on the first dictation, not at every start of the app.
    openTranscriber: async (modelFile, vadModelFile) => {
      const { openWhisperTranscriber } = await import('./whisper-transcriber.js');
      return openWhisperTranscriber({
        modelFile,
        vadModelFile,
        threads: RECOGNITION_THREADS,
        runIsolated: context.runIsolated,
      });
    },
  });
  return {
    service: dictation,
    close: () => dictation.close(),
    handlers: {
      'dictation.status': () => dictation.status(),
      'dictation.start': (input, call) => dictation.start(actorOf(call).userId, input),
      'dictation.chunk': (input, call) => dictation.chunk(input.dictationId, actorOf(call).userId, pcmOf(input.pcm)),
      'dictation.stop': (input, call) => dictation.stop(input.dictationId, actorOf(call)),
      'dictation.transcribeFile': (input, call) => dictation.transcribeWav(input.content, actorOf(call).userId),
      'dictation.vocabulary': (_input, call) => dictation.vocabulary(actorOf(call).userId),
      'dictation.addWord': (input, call) => {
        dictation.addWord(actorOf(call).userId, input.spoken, input.written);
        return done;
      },
      'dictation.removeWord': (input, call) => {
        dictation.removeWord(actorOf(call).userId, input.id);
        return done;
      },
      'dictation.downloadModel': (input) => {
        dictation.download(input.modelId);
        return done;
      },
      'dictation.useModel': (input) => {
        dictation.use(input.modelId);
        return done;
      },
      'dictation.importModel': (input, call) => dictation.importModel(input.path, call.hostSeat),
      'dictation.importUploadedModel': (input) => dictation.importUploaded(input.uploadId, input.fileName),
    },
  };
}
