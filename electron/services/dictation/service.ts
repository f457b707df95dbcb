import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IsolatedRunner } from '../../lib/isolated-process.js';
import { packagePath } from '../../lib/package-path.js';
import { DomainError } from '../../api/common/result.js';
import type { EventBus } from '../../api/common/contract.js';
import type { Actor } from '../audit/service.js';
import { DEFAULT_MODEL_ID, MODEL_CATALOG, VAD_MODEL_FILE } from './model-catalog.js';
import { downloadModel } from './model-download.js';
import { IMPORTED_PREFIX, importModelFile, receiveModelUpload, uploadsDirOf } from './model-import.js';
import { DictationSession } from './session.js';
import { expectedSpeechEngine } from './speech-binding.js';
import type { Transcriber } from './transcriber.js';
import { BUILT_IN_REPLACEMENTS, whisperPrompt } from './vocabulary.js';
import type { VocabularyStore } from './vocabulary-store.js';
import { finishDictation, type Replacement } from './voice-commands.js';
import { decodeWav, encodeWav, WavError } from './wav.js';
import type { DictationService } from './interface.js';

/** Where a recording the surgeon keeps goes: a document of the patient file, on the visit. */
export interface RecordingShelf {
  /** Throws a field error on an unknown visit, before the surgeon speaks, not after. */
  check(visitId: number): void;
  keep(visitId: number, wav: Buffer, actor: Actor): { documentId: number; fileName: string };
}

export function createDictationService(deps: {
  vocabulary: VocabularyStore;
  events: EventBus;
  modelsDir: string;
  openTranscriber: (modelFile: string, vadModelFile: string) => Promise<Transcriber>;
  recordings: RecordingShelf;
  runIsolated: IsolatedRunner;
}): DictationService {
  const { vocabulary, events, modelsDir } = deps;
  // The surgeon's vocabulary is read once, when the dictation starts, not at every chunk.
  const sessions = new Map<
    string,
    { userId: number; session: DictationSession; keepOnVisit: number | null; replacements: readonly Replacement[] }
  >();
  let engine: { modelFile: string; transcriber: Promise<Transcriber> } | null = null;
  /** Which speech engine runs, known once the first dictation has loaded it. */
  let engineLabel: string | null = null;
  const downloads = new Set<string>();

  const choiceFile = join(modelsDir, 'modele-choisi.txt');
  /**
   * The model in use: PAUME_WHISPER_MODEL, else the one an administrator chose, else the best
   * catalogue model installed (the catalogue is in order of preference), else an imported one.
   */
  function modelFile(): string | null {
    if (process.env.PAUME_WHISPER_MODEL) return process.env.PAUME_WHISPER_MODEL;
    const chosen = existsSync(choiceFile)
      ? MODEL_CATALOG.find((model) => model.id === readFileSync(choiceFile, 'utf8').trim())
      : undefined;
    if (chosen && existsSync(join(modelsDir, chosen.fileName))) return join(modelsDir, chosen.fileName);
    for (const model of MODEL_CATALOG)
      if (existsSync(join(modelsDir, model.fileName))) return join(modelsDir, model.fileName);
    const imported = existsSync(modelsDir)
      ? readdirSync(modelsDir).find((name) => name.startsWith(IMPORTED_PREFIX) && name.endsWith('.bin'))
      : undefined;
    return imported ? join(modelsDir, imported) : null;
  }
  const vadModelFile = () => process.env.PAUME_VAD_MODEL ?? packagePath('resources', 'models', VAD_MODEL_FILE);

  function transcriber(): Promise<Transcriber> {
    const file = modelFile();
    if (!file)
      throw new DomainError(
        'NOT_FOUND',
        'Aucun modèle de dictée installé : un administrateur en installe un dans Cabinet › Dictée et modèles (bouton « Télécharger » ou « Importer »).',
      );
    if (!engine || engine.modelFile !== file) {
      const previous = engine;
      // A model that will not load is said plainly (and tried again next time), never a 500.
      const opening = deps.openTranscriber(file, vadModelFile()).catch((error: unknown) => {
        if (engine?.transcriber === opening) engine = null;
        throw new DomainError(
          'INVALID_INPUT',
          `Le modèle de dictée « ${basename(file)} » ne se charge pas : un administrateur en choisit un autre dans Cabinet › Dictée et modèles.`,
          { model: error instanceof Error ? error.message.slice(0, 200) : 'chargement impossible' },
        );
      });
      engine = { modelFile: file, transcriber: opening };
      void opening.then(
        (opened) => (engineLabel = opened.engine),
        () => undefined,
      );
      void previous?.transcriber.then((old) => old.close()).catch(() => undefined);
    }
    return engine.transcriber;
  }

  const replacementsOf = (userId: number): Replacement[] => [
    ...BUILT_IN_REPLACEMENTS,
    ...vocabulary.list(userId).filter((entry) => entry.written !== ''),
  ];
  const promptOf = (userId: number) =>
    whisperPrompt(vocabulary.list(userId).map((entry) => entry.written || entry.spoken));

  function owned(dictationId: string, userId: number) {
    const entry = sessions.get(dictationId);
    if (!entry || entry.userId !== userId)
      throw new DomainError('NOT_FOUND', 'Dictée introuvable (arrêtée ou expirée) : relancez-la.', {
        dictationId: 'dictée introuvable',
      });
    return entry;
  }

  return {
    status() {
      const file = modelFile();
      return {
        model: file ? basename(file) : null,
        engine: engineLabel ?? expectedSpeechEngine(),
        catalog: MODEL_CATALOG.map((model) => ({
          id: model.id,
          label: model.label,
          approximateMiB: model.approximateMiB,
          installed: existsSync(join(modelsDir, model.fileName)),
          downloading: downloads.has(model.id),
          recommended: model.id === DEFAULT_MODEL_ID,
          inUse: file === join(modelsDir, model.fileName),
        })),
      };
    },

    async start(
      userId: number,
      options: { keepRecording: boolean; visitId?: number | undefined } = { keepRecording: false },
    ): Promise<{ dictationId: string }> {
      const keepOnVisit = options.keepRecording && options.visitId !== undefined ? options.visitId : null;
      if (keepOnVisit !== null) deps.recordings.check(keepOnVisit);
      const engineReady = await transcriber();
      const dictationId = randomUUID();
      const replacements = replacementsOf(userId);
      const session = new DictationSession(
        engineReady,
        promptOf(userId),
        (progress) => {
          events.emit(
            'dictation.progress',
            {
              dictationId,
              receivedSeconds: progress.receivedSeconds,
              speechSeconds: progress.speechSeconds,
              text: finishDictation(progress.rawText, replacements),
            },
            { userId },
          );
        },
        { keepRecording: keepOnVisit !== null },
      );
      sessions.set(dictationId, { userId, session, keepOnVisit, replacements });
      return { dictationId };
    },

    /** Takes audio; the recognised text reaches the surgeon once, by the 'dictation.progress' event. */
    chunk(dictationId: string, userId: number, pcm: Int16Array) {
      const progress = owned(dictationId, userId).session.append(pcm);
      return { receivedSeconds: progress.receivedSeconds, speechSeconds: progress.speechSeconds };
    },

    async stop(dictationId: string, actor: Actor) {
      const { session, keepOnVisit, replacements } = owned(dictationId, actor.userId);
      sessions.delete(dictationId);
      // The recording is kept before recognition ends: a failure of the engine loses no audio.
      const pcm = session.recording();
      const recording =
        keepOnVisit !== null && pcm !== null && pcm.length > 0
          ? deps.recordings.keep(keepOnVisit, encodeWav(pcm), actor)
          : null;
      const progress = await session.finish();
      return {
        receivedSeconds: progress.receivedSeconds,
        speechSeconds: progress.speechSeconds,
        text: finishDictation(progress.rawText, replacements),
        recording,
      };
    },

    async transcribeWav(wav: Buffer, userId: number | null) {
      let pcm: Int16Array;
      try {
        pcm = decodeWav(wav);
      } catch (error) {
        if (error instanceof WavError)
          throw new DomainError('INVALID_INPUT', error.message, { content: error.message });
        throw error;
      }
      const session = new DictationSession(await transcriber(), promptOf(userId ?? 0), () => undefined);
      session.append(pcm);
      const progress = await session.finish();
      return {
        receivedSeconds: progress.receivedSeconds,
        speechSeconds: progress.speechSeconds,
        text: finishDictation(progress.rawText, userId === null ? BUILT_IN_REPLACEMENTS : replacementsOf(userId)),
      };
    },

    vocabulary: (userId: number) => vocabulary.list(userId),
    addWord: (userId: number, spoken: string, written: string) => {
      vocabulary.upsert(userId, spoken, written);
    },
    removeWord(userId: number, id: number) {
      if (!vocabulary.remove(userId, id))
        throw new DomainError('NOT_FOUND', 'Mot introuvable dans votre vocabulaire.', { id: 'mot introuvable' });
    },

    /** An administrator's choice among the installed models (a smaller one for a slow machine). */
    use(modelId: string): void {
      const model = MODEL_CATALOG.find((candidate) => candidate.id === modelId);
      if (!model || !existsSync(join(modelsDir, model.fileName)))
        throw new DomainError('NOT_FOUND', 'Ce modèle n’est pas installé : téléchargez-le ou importez-le d’abord.', {
          modelId: 'modèle non installé',
        });
      writeFileSync(choiceFile, model.id);
    },

    /** Starts a download; progress and the outcome arrive as 'dictation.modelProgress' events. */
    download(modelId: string): void {
      const model = MODEL_CATALOG.find((candidate) => candidate.id === modelId);
      if (!model) throw new DomainError('NOT_FOUND', `Modèle inconnu : « ${modelId} ».`, { modelId: 'modèle inconnu' });
      if (downloads.has(modelId)) throw new DomainError('CONFLICT', 'Ce modèle est déjà en cours de téléchargement.');
      mkdirSync(modelsDir, { recursive: true });
      downloads.add(modelId);
      let last = 0;
      downloadModel({
        url: process.env.PAUME_MODEL_BASE_URL ? `${process.env.PAUME_MODEL_BASE_URL}/${model.fileName}` : model.url,
        destination: join(modelsDir, model.fileName),
        sha1: model.sha1,
        onProgress: ({ received, total }) => {
          if (received - last < 1_000_000 && received !== total) return;
          last = received;
          events.emit('dictation.modelProgress', { modelId, received, total, state: 'running', message: '' });
        },
      })
        .then(
          () => {
            events.emit('dictation.modelProgress', {
              modelId,
              received: last,
              total: last,
              state: 'done',
              message: 'Modèle installé.',
            });
          },
          (error: unknown) => {
            events.emit('dictation.modelProgress', {
              modelId,
              received: last,
              total: null,
              state: 'failed',
              message: (error as Error).message,
            });
          },
        )
        .finally(() => downloads.delete(modelId));
    },

    /** Frees the model when the app stops. */
    async close(): Promise<void> {
      const current = engine;
      engine = null;
      if (current) await (await current.transcriber.catch(() => null))?.close();
    },

    /** A model file brought on a USB key (model-import.ts): only from the host seat, whose disk it is. */
    async importModel(path: string, fromHostSeat: boolean): Promise<{ model: string }> {
      if (!fromHostSeat)
        throw new DomainError(
          'FORBIDDEN',
          'Un modèle s’importe depuis le disque du poste qui garde les données : faites-le sur ce poste, ou téléchargez le modèle.',
          { path: 'seulement sur le poste hôte' },
        );
      mkdirSync(modelsDir, { recursive: true });
      return importModelFile(path, modelsDir, deps.runIsolated);
    },

    /** A model sent from the person's own machine (any seat): the upload, checked like a path. */
    receiveUpload: (body: NodeJS.ReadableStream): Promise<string> => receiveModelUpload(body, modelsDir),
    async importUploaded(uploadId: string, fileName: string): Promise<{ model: string }> {
      const file = join(uploadsDirOf(modelsDir), uploadId);
      try {
        return await importModelFile(file, modelsDir, deps.runIsolated, fileName);
      } finally {
        rmSync(file, { force: true });
      }
    },
  };
}
export type { DictationService } from './interface.js';
