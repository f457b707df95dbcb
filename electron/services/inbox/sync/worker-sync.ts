import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SyncStatus } from '../../../api/common/schemas/inbox.js';
import type { ReadMessage } from '../mime/read-message.js';
import { HandedOver, type StoreBatch } from './handed-over.js';
import { MessageAttempts } from './message-attempts.js';
import type { FromWorker, SyncWorkerData, ToWorker } from './worker-protocol.js';

export interface SyncHandlers {
  syncState(folder: string): { uidvalidity: string; last_uid: number } | null;
  /** One transaction: the messages, and the place when given (issue 25 item 4). */
  store: StoreBatch;
  report(status: SyncStatus): void;
  arrived(ids: number[]): void;
}

const RESTART_MS = 5_000;
/** A sync that makes no progress this long (no byte, no message taken) is restarted (issue 27). */
export const DEFAULT_STALL_MS = 60_000;

/** A message crossed from the thread: its Buffers arrived as Uint8Arrays. */
const revived = (message: ReadMessage): ReadMessage => ({
  ...message,
  attachments: message.attachments.map((file) => ({ ...file, head: Buffer.from(file.head) })),
});

/**
 * One account's sync in its own worker thread, seen from the main thread: answers the thread's
 * calls with the database, passes its state on, restarts it if it dies (issue 11) or if it stops
 * making progress, and counts the attempts at each message so that one that fails or hangs
 * twice is set aside (issue 27): a thread stuck in a parser cannot be woken from inside, only ended.
 */
export class WorkerAccountSync {
  private status: SyncStatus;
  private worker: Worker | null = null;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private lastSign = Date.now();
  private readonly attempts = new MessageAttempts();
  private readonly handedOver: HandedOver;

  constructor(
    private readonly workerFile: string,
    private readonly data: SyncWorkerData,
    private readonly handlers: SyncHandlers,
    private readonly stallMs = DEFAULT_STALL_MS,
  ) {
    this.handedOver = new HandedOver(handlers.store, (ids) => {
      handlers.arrived(ids);
    });
    this.status = {
      accountId: data.accountId,
      state: 'connecting',
      done: 0,
      total: 0,
      since: null,
      message: 'Connexion…',
    };
  }

  current(): SyncStatus {
    return this.status;
  }

  private set(status: SyncStatus): void {
    this.status = status;
    this.handlers.report(status);
  }

  start(): void {
    if (!existsSync(this.workerFile)) {
      this.set({ ...this.status, state: 'offline', message: `${this.workerFile} manquant : lancez npm run build` });
      return;
    }
    // A bounded heap: the thread collects its garbage instead of growing with every message read
    // (issue 11: memory stays flat during a first sync of thousands of messages).
    const worker = new Worker(this.workerFile, {
      workerData: this.data,
      resourceLimits: { maxOldGenerationSizeMb: 96 },
    });
    this.worker = worker;
    this.lastSign = Date.now();
    this.watchdog ??= setInterval(
      () => {
        this.checkProgress();
      },
      Math.max(100, Math.min(5_000, this.stallMs / 4)),
    );
    worker.on('message', (message: FromWorker) => {
      // A thread ended for making no progress says nothing more (its last words are stale).
      if (this.worker !== worker && !this.stopping) return;
      this.lastSign = Date.now();
      this.receive(worker, message);
    });
    worker.on('error', (error) => {
      this.set({ ...this.status, state: 'offline', message: `La relève s’est arrêtée : ${error.message}` });
    });
    worker.on('exit', () => {
      // What the thread handed over before it ended is stored (without a place: it resumes before it).
      this.handedOver.drain();
      if (this.worker !== worker || this.stopping) return;
      this.worker = null;
      // A thread that died is started again; the sync resumes from the last UID saved.
      this.restartTimer = setTimeout(() => {
        this.start();
      }, RESTART_MS);
    });
  }

  /** While it syncs, the thread must show a sign within the bound; otherwise it is ended and started again. */
  private checkProgress(): void {
    const worker = this.worker;
    if (!worker || this.stopping || this.status.state !== 'syncing') return;
    const silent = Date.now() - this.lastSign;
    if (silent <= this.stallMs) return;
    this.worker = null;
    this.set({
      ...this.status,
      state: 'offline',
      message: `La relève n’avançait plus depuis ${Math.round(silent / 1000)} s : elle reprend.`,
    });
    void worker.terminate().finally(() => {
      if (!this.stopping) this.start();
    });
  }

  private receive(worker: Worker, message: FromWorker): void {
    if (message.type === 'status') this.set(message.status);
    else if (message.type === 'reading') this.attempts.begin(message.origin);
    else if (message.type === 'read') {
      this.attempts.taken(message.origin);
      this.handedOver.add({ message: revived(message.message as ReadMessage), origin: message.origin });
    } else if (message.type === 'call') {
      const reply = (answer: Omit<Extract<ToWorker, { type: 'reply' }>, 'type' | 'id'>) => {
        worker.postMessage({ type: 'reply', id: message.id, ...answer } satisfies ToWorker);
      };
      try {
        if (message.method === 'syncState') {
          // A thread started again asks where to resume: what was handed over is stored first.
          this.handedOver.drain();
          reply({ value: this.handlers.syncState(...message.args) });
        } else if (message.method === 'modes') reply({ value: this.attempts.modes(...message.args) });
        else {
          const [folder, uidvalidity, uid] = message.args;
          this.handedOver.reach({ folder, uidvalidity, uid }).then(
            () => {
              reply({});
            },
            (error: unknown) => {
              reply({ error: error instanceof Error ? error.message : String(error) });
            },
          );
        }
      } catch (error) {
        reply({ error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  poke(): void {
    this.worker?.postMessage({ type: 'poke' } satisfies ToWorker);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.watchdog) clearInterval(this.watchdog);
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const stopped = new Promise<void>((resolve) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'stopped') resolve();
      });
      worker.once('exit', () => {
        resolve();
      });
      setTimeout(resolve, 5_000);
    });
    worker.postMessage({ type: 'stop' } satisfies ToWorker);
    await stopped;
    await worker.terminate();
  }
}
