import type { Handlers } from '../api/dispatcher.js';
import { DomainError } from '../api/result.js';
import { actorOf } from './call-context.js';
import type { DictationService } from '../services/dictation/service.js';
import type { LettersService } from '../services/letters/service.js';

export interface LetterServices {
  readonly letters: LettersService;
  readonly dictation: DictationService;
}


/** Base64 of 16-bit little-endian samples → samples (an odd byte count is refused). */
function pcmOf(base64: string): Int16Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 2 !== 0) throw new DomainError('INVALID_INPUT', 'Audio invalide : nombre d’octets impair pour du PCM 16 bits.', { pcmBase64: 'PCM 16 bits attendu' });
  return new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

type LetterMethod = Extract<keyof Handlers, `letters.${string}` | `dictation.${string}` | `models.${string}`>;

export function createLetterHandlers(services: LetterServices): Pick<Handlers, LetterMethod> {
  const { letters, dictation } = services;
  const done = { done: true } as const;
  return {
    'letters.templates': () => letters.templates(),
    'letters.draft': (input) => letters.draft(input.visitId, input.kind),
    'letters.preview': (input, context) => letters.preview(input.visitId, input.kind, input.sections, actorOf(context)),
    'letters.generate': (input, context) => letters.generate(input.visitId, input.kind, input.sections, actorOf(context)),
    'letters.list': (input) => letters.list(input.patientId),
    'letters.file': (input, context) => letters.file(input.id, input.format, actorOf(context)),
    'letters.uploadTemplate': (input, context) => {
      letters.uploadTemplate(input.kind, input.contentBase64, input.fileName, actorOf(context));
      return done;
    },
    'dictation.status': () => dictation.status(),
    'dictation.start': (input, context) => dictation.start(actorOf(context).userId, input),
    'dictation.chunk': (input, context) => dictation.chunk(input.dictationId, actorOf(context).userId, pcmOf(input.pcmBase64)),
    'dictation.stop': (input, context) => dictation.stop(input.dictationId, actorOf(context)),
    'dictation.transcribeFile': (input, context) => dictation.transcribeWav(Buffer.from(input.contentBase64, 'base64'), actorOf(context).userId),
    'dictation.vocabulary': (_input, context) => dictation.vocabulary(actorOf(context).userId),
    'dictation.addWord': (input, context) => {
      dictation.addWord(actorOf(context).userId, input.spoken, input.written);
      return done;
    },
    'dictation.removeWord': (input, context) => {
      dictation.removeWord(actorOf(context).userId, input.id);
      return done;
    },
    'models.download': (input) => {
      dictation.download(input.modelId);
      return done;
    },
    'models.use': (input) => {
      dictation.use(input.modelId);
      return done;
    },
    'models.import': (input) => dictation.importModel(input.path),
  };
}
