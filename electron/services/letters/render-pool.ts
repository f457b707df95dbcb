import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../api/common/result.js';

export interface RenderLimits {
  /** A render that takes longer is stopped (its thread ended) and refused. */
  readonly timeoutMs: number;
  /** The thread's JavaScript heap; past it the thread dies, not the server. */
  readonly maxHeapMb: number;
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = { timeoutMs: 15_000, maxHeapMb: 384 };

interface Pending {
  readonly id: number;
  readonly resolve: (docx: Buffer) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const failed = (why: string) =>
  new DomainError(
    'INVALID_INPUT',
    `Le courrier n’a pas pu être préparé : ${why}. Vérifiez le modèle dans Cabinet › Dictée et modèles.`,
  );

/**
 * Renders letters off the request path (HOUSE.md rule 7, issue 9): one worker thread, started on
 * the first letter, with limits on time and memory; renders queue one after the other. A thread
 * that times out or runs out of memory is ended and the next letter starts a fresh one.
 */
export function createRenderPool(workerFile: string, limits: RenderLimits = DEFAULT_RENDER_LIMITS) {
  let worker: Worker | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let current: Pending | null = null;

  function settle(outcome: { docx?: Buffer; error?: Error }) {
    const pending = current;
    current = null;
    if (!pending) return;
    clearTimeout(pending.timer);
    if (outcome.docx) pending.resolve(outcome.docx);
    else pending.reject(outcome.error ?? failed('erreur inconnue'));
  }

  function thread(): Worker {
    if (worker) return worker;
    if (!existsSync(workerFile)) throw new Error(`${workerFile} manquant : lancez npm run build`);
    const started = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
    started.on('message', (message: { id: number; docx?: Uint8Array; failure?: string }) => {
      if (message.id !== current?.id) return;
      if (message.docx) settle({ docx: Buffer.from(message.docx) });
      else settle({ error: failed(message.failure ?? 'erreur inconnue') });
    });
    // A thread already given up (timed out, then terminated) says nothing about the next render.
    started.on('error', (error) => {
      if (worker !== started) return;
      worker = null;
      const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle({ error: failed(memory ? 'le modèle demande trop de mémoire' : error.message) });
    });
    started.on('exit', () => {
      if (worker !== started) return;
      worker = null;
      settle({ error: failed('le rendu s’est arrêté') });
    });
    // The thread never keeps Paume running by itself.
    started.unref();
    worker = started;
    return started;
  }

  function renderNow(template: Buffer, data: object): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        const stuck = worker;
        worker = null;
        settle({ error: failed(`plus de ${Math.round(limits.timeoutMs / 1000)} s de calcul`) });
        void stuck?.terminate();
      }, limits.timeoutMs);
      current = { id, resolve, reject, timer };
      try {
        thread().postMessage({ id, template, data });
      } catch (error) {
        settle({ error: error instanceof Error ? error : new Error(String(error)) });
      }
    });
  }

  return {
    render(template: Buffer, data: object): Promise<Buffer> {
      const result = queue.then(() => renderNow(template, data));
      queue = result.catch(() => undefined);
      return result;
    },
    async close(): Promise<void> {
      const running = worker;
      worker = null;
      await running?.terminate();
    },
  };
}
export type RenderPool = ReturnType<typeof createRenderPool>;
