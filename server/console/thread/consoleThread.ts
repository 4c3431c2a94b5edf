// One console connection in a worker thread of its own (worker.ts), seen from the server as a ConsoleSession.
// Neo4j's answer is decoded there: a 5-million-item row keeps that thread busy, never the server's event loop.
// The thread's heap is capped (CONSOLE_MEMORY_MB): past it the thread dies and the request is answered 400
// CONSOLE_ANSWER_TOO_LARGE. `drop()` ends the thread at once (its socket closes; Neo4j ends the transaction).
import { Worker } from 'node:worker_threads';
import type { PoolRecipe } from '../../db/driver.ts';
import { AppError, fromPlainAppError } from '../../errors.ts';
import type { CaptionRules } from '../../schema/captions.ts';
import type { Explained, RoutineRow, RunLimits, Streamed } from '../repository.ts';
import type { ConsoleSession } from '../session.ts';
import type { ThreadAnswer, ThreadData, ThreadRequest } from './messages.ts';

/** How long the caption rules read from the thread are used before they are asked again. */
const CAPTION_RULES_MS = 5_000;

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<ThreadRequest>;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class ConsoleThread implements ConsoleSession {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private rules: { at: number; value: Promise<CaptionRules> } | undefined;
  /** Why the thread is gone (undefined while it lives): every request after that fails with it. */
  private ended: Error | undefined;
  private started!: { resolve: () => void; reject: (error: Error) => void };
  /** Settles once the thread has loaded its modules and opened its pool (a second or two), or has died. */
  readonly ready = new Promise<void>((resolve, reject) => (this.started = { resolve, reject }));

  constructor(
    recipe: PoolRecipe,
    private readonly memoryMb: number,
    /** What its transactions carry as metadata (console: tag), to find them in SHOW TRANSACTIONS. */
    readonly tag: string,
  ) {
    const data: ThreadData = { entry: ENTRY, recipe };
    this.worker = new Worker(BOOT, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    this.worker.unref(); // an idle console thread never keeps the process alive
    this.ready.catch(() => {}); // a thread that dies before it is used fails its first request instead
    this.worker.on('message', (answer: ThreadAnswer) => this.settle(answer));
    this.worker.on('error', (error: Error & { code?: string }) => this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.tooLarge() : error));
    this.worker.on('exit', (exitCode) => this.end(new Error(`The console's thread stopped (exit code ${exitCode}).`)));
  }

  get alive(): boolean {
    return this.ended === undefined;
  }

  explain(text: string, params: Record<string, unknown>, timeoutMs: number): Promise<Explained> {
    return this.request({ op: 'explain', text, params, timeoutMs }) as Promise<Explained>;
  }

  stream(text: string, params: Record<string, unknown>, limits: RunLimits): Promise<Streamed> {
    return this.request({ op: 'stream', text, params, limits }) as Promise<Streamed>;
  }

  functions(): Promise<RoutineRow[]> {
    return this.request({ op: 'functions' }) as Promise<RoutineRow[]>;
  }

  /** Asked of the thread at most once per CAPTION_RULES_MS (the thread's own memo reloads them when the graph changes). */
  captionRules(): Promise<CaptionRules> {
    const now = Date.now();
    if (!this.rules || now - this.rules.at > CAPTION_RULES_MS) {
      const value = this.request({ op: 'captionRules' }) as Promise<CaptionRules>;
      this.rules = { at: now, value };
      value.catch(() => (this.rules = undefined));
    }
    return this.rules.value;
  }

  /** Ends the thread now, whatever it is doing; pending requests fail. */
  async drop(): Promise<void> {
    this.end(new Error('The console dropped this connection.'));
    await this.worker.terminate();
  }

  private request(request: Request): Promise<unknown> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(answer: ThreadAnswer): void {
    if ('ready' in answer) return this.started.resolve();
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if ('value' in answer) pending.resolve(answer.value);
    else if ('error' in answer) pending.reject(fromPlainAppError(answer.error));
    else pending.reject(Object.assign(new Error(answer.failure.message), { name: answer.failure.name, stack: answer.failure.stack }));
  }

  private end(reason: Error): void {
    this.ended ??= reason;
    this.started.reject(this.ended);
    for (const pending of this.pending.values()) pending.reject(this.ended);
    this.pending.clear();
  }

  private tooLarge(): AppError {
    return new AppError(
      'CONSOLE_ANSWER_TOO_LARGE',
      `Reading Neo4j's answer took more than the console's ${this.memoryMb} MB (CONSOLE_MEMORY_MB): one value in it is too large. Return a part of it instead, such as list[0..1000] or size(list).`,
    );
  }
}
