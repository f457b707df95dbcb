import type { OutputOf } from '../../api/common/contract.js';
import type { Actor } from '../audit/service.js';

/** Dictation: recordings transcribed into a visit's text, the models and each user's vocabulary. */
export interface DictationService {
  status(): OutputOf<'dictation.status'>;
  start(
    userId: number,
    options?: {
      keepRecording: boolean;
      visitId?: number | undefined;
    },
  ): Promise<OutputOf<'dictation.start'>>;
  /** Takes audio; the recognised text reaches the surgeon once, by the 'dictation.progress' event. */
  chunk(dictationId: string, userId: number, pcm: Int16Array): OutputOf<'dictation.chunk'>;
  stop(dictationId: string, actor: Actor): Promise<OutputOf<'dictation.stop'>>;
  transcribeWav(wav: Buffer, userId: number | null): Promise<OutputOf<'dictation.transcribeFile'>>;
  vocabulary: (userId: number) => OutputOf<'dictation.vocabulary'>;
  addWord: (userId: number, spoken: string, written: string) => void;
  removeWord(userId: number, id: number): void;
  /** An administrator's choice among the installed models (a smaller one for a slow machine). */
  use(modelId: string): void;
  /** Starts a download; progress and the outcome arrive as 'dictation.modelProgress' events. */
  download(modelId: string): void;
  /** Frees the model when the app stops. */
  close(): Promise<void>;
  /** A model file brought on a USB key (model-import.ts): only from the host seat, whose disk it is. */
  importModel(path: string, fromHostSeat: boolean): Promise<OutputOf<'dictation.importModel'>>;
  /** A model sent from the person's own machine (any seat): the upload, checked like a path. */
  receiveUpload: (body: NodeJS.ReadableStream) => Promise<string>;
  importUploaded(uploadId: string, fileName: string): Promise<OutputOf<'dictation.importUploadedModel'>>;
}
