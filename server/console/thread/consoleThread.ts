// One console worker thread (worker.ts), seen from the server: it holds lines (ThreadLine: a one-connection pool
// each) and passes their requests. Neo4j's answers are decoded there: a 5-million-item row keeps that thread busy,
// never the server's event loop. Its heap is capped (CONSOLE_MEMORY_MB). A line is dropped by closing its driver
// in the thread; when the thread is too busy to do that within DROP_GRACE_MS (decoding a huge value), the whole
// thread is ended, and the other queries on it are answered 503 CONSOLE_INTERRUPTED (send again).
import { Worker } from 'node:worker_threads';
import type { PoolRecipe } from '../../db/driver.ts';
import { AppError, fromPlainAppError } from '../../errors.ts';
import type { CaptionRules } from '../../schema/captions.ts';
import type { ThreadAnswer, ThreadData, ThreadRequest } from './messages.ts';
import { ThreadLine } from './threadLine.ts';
import { tuneThreadHeaps } from './heap.ts';

/** How long the caption rules read from the thread are used before they are asked again. */
const CAPTION_RULES_MS = 5_000;
/** How long a line's close may take before the thread is ended instead (it is busy decoding). */
export const DROP_GRACE_MS = 1_000;

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

type WithoutIds<T> = T extends unknown ? Omit<T, 'id' | 'line'> : never;
export type LineRequest = WithoutIds<ThreadRequest>;

interface Pending {
  line: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Why the thread ended: out of memory, ended for a line it could not close, or stopped for another reason. */
type Ending = { kind: 'memory' } | { kind: 'dropped'; line: number } | { kind: 'stopped'; error: Error };

export class ConsoleThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly lines = new Set<number>();
  private nextId = 1;
  private nextLine = 1;
  private rules: { at: number; value: Promise<CaptionRules> } | undefined;
  /** Lines being closed now (closeLine), and who waits for none to be (quiet). */
  private closing = 0;
  private quietWaiters: (() => void)[] = [];
  /** Why the thread is gone (undefined while it lives): every request after that fails with it. */
  private ended: Error | undefined;
  private started!: { resolve: () => void; reject: (error: Error) => void };
  /** Settles once the thread has loaded its modules (a second or two), or has died. */
  readonly ready = new Promise<void>((resolve, reject) => (this.started = { resolve, reject }));

  constructor(private readonly memoryMb: number) {
    const data: ThreadData = { entry: ENTRY };
    tuneThreadHeaps(); // before the first thread's heap exists: V8's collections as for a large heap (heap.ts)
    this.worker = new Worker(BOOT, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    this.worker.unref(); // an idle console thread never keeps the process alive
    this.ready.catch(() => {}); // a thread that dies before it is used fails its first request instead
    this.worker.on('message', (answer: ThreadAnswer) => this.settle(answer));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'stopped', error }),
    );
    this.worker.on('exit', (exitCode) => this.end({ kind: 'stopped', error: new Error(`The console's thread stopped (exit code ${exitCode}).`) }));
  }

  get alive(): boolean {
    return this.ended === undefined;
  }

  /** The worker's thread id (which thread a line is on). */
  get threadId(): number {
    return this.worker.threadId;
  }

  /** Requests the thread is working on: a line is taken from the least busy thread. */
  get load(): number {
    return this.pending.size;
  }

  /** Lines open on this thread: a new line goes to the thread with the fewest. */
  get lineCount(): number {
    return this.lines.size;
  }

  /** A new line on this thread: a one-connection pool from `recipe`, its transactions tagged `tag`. */
  openLine(recipe: PoolRecipe, tag: string): ThreadLine {
    const line = this.nextLine++;
    this.lines.add(line);
    const opened = this.ready.then(() => this.request(line, { op: 'open', recipe })).then(() => undefined);
    return new ThreadLine(this, line, tag, opened);
  }

  request(line: number, request: LineRequest): Promise<unknown> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { line, resolve, reject });
      this.worker.postMessage({ ...request, id, line } as ThreadRequest);
    });
  }

  /** Asked of the thread at most once per CAPTION_RULES_MS (the thread's own memo reloads them when the graph changes). */
  captionRules(line: number): Promise<CaptionRules> {
    const now = Date.now();
    if (!this.rules || now - this.rules.at > CAPTION_RULES_MS) {
      const value = this.request(line, { op: 'captionRules' }) as Promise<CaptionRules>;
      this.rules = { at: now, value };
      value.catch(() => (this.rules = undefined));
    }
    return this.rules.value;
  }

  /**
   * Settles when the thread is closing no line: a request given a line meanwhile waits, since the thread may be
   * ended within DROP_GRACE_MS (then the line is dead, and the request takes another).
   */
  get quiet(): Promise<void> {
    if (this.closing === 0 || this.ended) return Promise.resolve();
    return new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  /** Closes a line's driver (its socket closes: Neo4j ends its transaction); ends the thread if that takes too long. */
  async closeLine(line: number): Promise<void> {
    this.lines.delete(line);
    if (this.ended) return;
    this.closing++;
    try {
      await this.closeOrStop(line);
    } finally {
      this.closing--;
      if (this.closing === 0 || this.ended) this.wakeQuietWaiters();
    }
  }

  private wakeQuietWaiters(): void {
    const waiters = this.quietWaiters;
    this.quietWaiters = [];
    for (const wake of waiters) wake();
  }

  private async closeOrStop(line: number): Promise<void> {
    const closed = this.request(line, { op: 'close' }).then(
      () => true,
      () => true,
    );
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DROP_GRACE_MS)));
    const inTime = await Promise.race([closed, grace]);
    clearTimeout(timer);
    if (!inTime) await this.stop({ kind: 'dropped', line });
  }

  /** Ends the thread now, whatever it is doing; its pending requests fail. */
  async terminate(): Promise<void> {
    await this.stop({ kind: 'stopped', error: new Error('The console closed its thread.') });
  }

  private async stop(ending: Ending): Promise<void> {
    this.end(ending);
    await this.worker.terminate();
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

  private end(ending: Ending): void {
    if (this.ended) return;
    const busyLines = new Set([...this.pending.values()].map((pending) => pending.line));
    this.ended = ending.kind === 'stopped' ? ending.error : new Error('The console ended this thread.');
    this.started.reject(this.ended);
    for (const pending of this.pending.values()) pending.reject(this.failureFor(pending.line, ending, busyLines.size));
    this.pending.clear();
    this.wakeQuietWaiters();
  }

  /** What a request still pending on the thread is answered when the thread ends. */
  private failureFor(line: number, ending: Ending, busyLines: number): Error {
    if (ending.kind === 'stopped') return ending.error;
    if (ending.kind === 'dropped' && ending.line === line) return this.ended!;
    if (ending.kind === 'memory' && busyLines === 1) {
      return new AppError(
        'CONSOLE_ANSWER_TOO_LARGE',
        `Reading Neo4j's answer took more than the console's ${this.memoryMb} MB (CONSOLE_MEMORY_MB): one value in it is too large. Return a part of it instead, such as list[0..1000] or size(list).`,
      );
    }
    const why =
      ending.kind === 'memory'
        ? `an answer read on the console thread this query shared took more than its ${this.memoryMb} MB (CONSOLE_MEMORY_MB)`
        : 'another query on the console thread this query shared ran past its wall clock while the thread was busy reading a large answer';
    return new AppError('CONSOLE_INTERRUPTED', `The query was stopped because ${why}. Send it again; if it returns a very large value, return a part of it instead (list[0..1000], size(list)).`, {
      retryAfterSeconds: 1,
    });
  }
}
