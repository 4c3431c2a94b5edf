// One console line: a one-connection pool held in a console thread (consoleThread.ts), its transactions tagged so
// that SHOW TRANSACTIONS finds them. The service plans and runs a person's query on it (a ConsoleSession); at the
// wall clock it is dropped (its driver closed in the thread, or the thread ended when it cannot do that in time).
import type { Explained, RoutineRow, RunLimits, Streamed } from '../repository.ts';
import type { CaptionRules } from '../../schema/captions.ts';
import type { ConsoleLine } from '../inFlight.ts';
import type { ConsoleThread } from './consoleThread.ts';

export class ThreadLine implements ConsoleLine {
  private dropped = false;

  constructor(
    private readonly thread: ConsoleThread,
    private readonly id: number,
    readonly tag: string,
    /** Settles once the thread has started and opened this line's pool. */
    private readonly opened: Promise<void>,
  ) {
    this.opened.catch(() => {}); // a line that fails to open fails its first request instead
  }

  /** Opened, and its thread is closing no other line (it might be ended for that: see ConsoleThread.quiet). */
  get ready(): Promise<void> {
    return this.opened.then(() => this.thread.quiet);
  }

  get alive(): boolean {
    return !this.dropped && this.thread.alive;
  }

  /** The thread this line is on. */
  get threadId(): number {
    return this.thread.threadId;
  }

  get load(): number {
    return this.thread.load;
  }

  explain(text: string, params: Record<string, unknown>, timeoutMs: number): Promise<Explained> {
    return this.thread.request(this.id, { op: 'explain', text, params, timeoutMs }) as Promise<Explained>;
  }

  stream(text: string, params: Record<string, unknown>, limits: RunLimits): Promise<Streamed> {
    return this.thread.request(this.id, { op: 'stream', text, params, limits }) as Promise<Streamed>;
  }

  functions(): Promise<RoutineRow[]> {
    return this.thread.request(this.id, { op: 'functions' }) as Promise<RoutineRow[]>;
  }

  captionRules(): Promise<CaptionRules> {
    return this.thread.captionRules(this.id);
  }

  async drop(): Promise<void> {
    if (this.dropped) return;
    this.dropped = true;
    await this.thread.closeLine(this.id);
  }
}
