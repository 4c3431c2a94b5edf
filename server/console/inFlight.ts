// The console's own connections and its limits in flight. Each console request (plan and run) holds one line of
// the console's for its whole length: a one-connection pool of its own, held in one of the console's worker threads
// (thread/), so the console never waits for, nor takes, a connection of the app's other endpoints, and never blocks
// the server's event loop decoding an answer. At most `total` requests run at once and `perClient` per client
// address; past that the answer is at once 503 CONSOLE_BUSY or 429 CONSOLE_CLIENT_BUSY with Retry-After (nothing is
// queued). A request still running at its wall-clock limit is answered CONSOLE_TIMEOUT there and then, and its line
// is dropped (its driver closed, which closes the socket and tells Neo4j to end the transaction). Neo4j ends some
// work only at its next check (a long reduce(), a parser bomb): the place stays taken until Neo4j no longer lists a
// transaction with the line's tag, so abandoned work never piles up in the DBMS. The same holds for a line that died
// under its query (its thread ran out of memory or was ended).
import type { Database } from '../db/driver.ts';
import { AppError } from '../errors.ts';
import { countRunning } from './repository.ts';
import type { ConsoleSession } from './session.ts';
import { ConsoleThreads } from './thread/threads.ts';

/** One console connection: a session whose transactions carry `tag`, which can be dropped whatever it is doing. */
export interface ConsoleLine extends ConsoleSession {
  readonly tag: string;
  /** False once the line is gone (dropped, or its thread died): it is never used again. */
  readonly alive: boolean;
  /** Settles when the line can take requests (its thread has started and opened its pool). */
  readonly ready: Promise<void>;
  /** Requests its thread is working on (for all its lines): an idle line on the least busy thread is taken first. */
  readonly load: number;
  drop(): Promise<void>;
}

/** Where lines come from (the console's threads), and how they all end. */
export interface LineSource {
  open(): ConsoleLine;
  close(): Promise<void>;
}

export interface InFlightSettings {
  total: number;
  /** Worker threads the lines are spread over (at most `total`). */
  threads?: number;
  perClient: number;
  wallClockMs: number;
  /** Heap of each console thread, in MB. */
  memoryMb?: number;
  /** After a timeout: how often to ask Neo4j whether the work ended, and for how long at most. */
  pollMs?: number;
  abandonAfterMs?: number;
}

interface Running {
  client: string;
  deadline: number;
}

export class ConsoleConnections {
  private readonly idle: ConsoleLine[] = [];
  private readonly lines = new Set<ConsoleLine>();
  /** Requests holding a connection, and connections still closing after a timeout. */
  private readonly running = new Set<Running>();

  constructor(
    private readonly db: Database,
    private readonly settings: InFlightSettings,
    private readonly now: () => number = Date.now,
    private readonly source: LineSource = new ConsoleThreads(db, {
      threads: Math.min(settings.threads ?? 1, settings.total),
      memoryMb: settings.memoryMb ?? 256,
      wallClockMs: settings.wallClockMs,
    }),
  ) {}

  /** Requests (and dropped connections still closing) that count against the limit now. */
  get inFlight(): number {
    return this.running.size;
  }

  /** Runs `work` on a console connection of its own, within the limits in flight and the wall-clock limit. */
  async run<T>(client: string, work: (line: ConsoleLine) => Promise<T>): Promise<T> {
    this.admit(client);
    const entry: Running = { client, deadline: this.now() + this.settings.wallClockMs };
    this.running.add(entry);
    // The wall clock counts the person's query, not the start of a new thread; a start has a limit of its own.
    const { line, started } = await this.startedLine().catch((error: unknown) => {
      this.running.delete(entry);
      throw error;
    });
    entry.deadline = started + this.settings.wallClockMs;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(
          new AppError(
            'CONSOLE_TIMEOUT',
            `The query had no answer within the console's wall-clock limit of ${this.settings.wallClockMs} ms; the explorer stopped waiting and dropped its connection.`,
          ),
        );
      }, this.settings.wallClockMs);
    });
    const working = work(line);
    try {
      return await Promise.race([working, deadline]);
    } finally {
      clearTimeout(timer);
      if (timedOut || !line.alive) {
        working.catch(() => {}); // it fails when its connection goes
        entry.client = ''; // the client may send again; the place counts in all until Neo4j has ended the work
        void this.dropAndWait(line).finally(() => this.running.delete(entry));
      } else {
        this.idle.push(line);
        this.running.delete(entry);
      }
    }
  }

  /**
   * A line ready for the query, and when it was. A line can die while it waits, ready or still opening (its thread
   * was ended for another line it could not close in time): then the request takes another, once.
   */
  private async startedLine(): Promise<{ line: ConsoleLine; started: number }> {
    for (let attempt = 1; ; attempt++) {
      const line = this.takeLine();
      try {
        const started = await this.startOf(line);
        if (line.alive || attempt === 2) return { line, started };
      } catch (error) {
        if (line.alive || attempt === 2) {
          this.lines.delete(line);
          void line.drop().catch(() => {});
          throw error;
        }
      }
      this.lines.delete(line); // it died while the request waited (its thread was ended): another line
    }
  }

  /** When `line` could take the query (now, for a line already started), within the wall clock's length. */
  private async startOf(line: ConsoleLine): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const tooSlow = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new AppError('CONSOLE_TIMEOUT', `A console connection did not start within ${this.settings.wallClockMs} ms (the server is very busy): try again.`)),
        this.settings.wallClockMs,
      );
    });
    try {
      await Promise.race([line.ready, tooSlow]);
      return this.now();
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Opens every line ahead of the first requests, one after another (a thread takes a second or two of CPU to
   * start: sixteen started at once by a burst of requests kept two cores busy for seconds while every request
   * waited). A line that fails to start is left for a request to open again.
   */
  async warm(): Promise<void> {
    while (this.lines.size < this.settings.total) {
      const line = this.source.open();
      this.lines.add(line);
      this.idle.push(line);
      const started = await line.ready.then(() => true, () => false);
      if (!started) return;
    }
  }

  /** Ends every line (idle or running) and their threads: the app's Database is closing. */
  async close(): Promise<void> {
    this.lines.clear();
    this.idle.length = 0;
    await this.source.close();
  }

  /** An idle line on the least busy thread (lines whose thread died are forgotten), or a new one. */
  private takeLine(): ConsoleLine {
    for (const line of this.idle.filter((candidate) => !candidate.alive)) this.lines.delete(line);
    const idle = this.idle.filter((candidate) => candidate.alive);
    this.idle.length = 0;
    if (idle.length > 0) {
      const chosen = idle.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
      this.idle.push(...idle.filter((line) => line !== chosen));
      return chosen;
    }
    const opened = this.source.open();
    this.lines.add(opened);
    return opened;
  }

  private async dropAndWait(line: ConsoleLine): Promise<void> {
    this.lines.delete(line);
    await line.drop().catch(() => {});
    const tag = line.tag;
    const pollMs = this.settings.pollMs ?? 500;
    const giveUpAt = this.now() + (this.settings.abandonAfterMs ?? 300_000);
    while (this.now() < giveUpAt) {
      const running = await countRunning(this.db, tag).catch(() => 0);
      if (running === 0) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private admit(client: string): void {
    const all = [...this.running];
    const mine = all.filter((entry) => entry.client === client);
    if (all.length >= this.settings.total) {
      throw new AppError(
        'CONSOLE_BUSY',
        `The console is running as many queries as it may (${this.settings.total} at once). Try again in a moment.`,
        { retryAfterSeconds: this.secondsUntilOneEnds(all) },
      );
    }
    if (mine.length >= this.settings.perClient) {
      throw new AppError(
        'CONSOLE_CLIENT_BUSY',
        `You already have ${mine.length} console ${mine.length === 1 ? 'query' : 'queries'} running (at most ${this.settings.perClient} at once): wait for an answer, then send again.`,
        { retryAfterSeconds: this.secondsUntilOneEnds(mine) },
      );
    }
  }

  /** An upper bound: the wall-clock limit frees a connection by the earliest deadline. */
  private secondsUntilOneEnds(entries: Running[]): number {
    const earliest = Math.min(...entries.map((entry) => entry.deadline));
    return Math.max(1, Math.ceil((earliest - this.now()) / 1000));
  }
}
