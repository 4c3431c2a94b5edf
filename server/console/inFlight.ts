// The console's own connections and its limits in flight. Each console request (plan and run) holds one
// connection of the console's pool for its whole length; the pool is a handful of one-connection pools opened from
// the app's Database (db.openPool), so the console never waits for, nor takes, a connection of the app's other
// endpoints. At most `total` requests run at once and `perClient` per client address; past that the answer is
// at once 503 CONSOLE_BUSY or 429 CONSOLE_CLIENT_BUSY with Retry-After (nothing is queued).
// A request still running at its wall-clock limit is answered CONSOLE_TIMEOUT there and then, and its connection is
// dropped (its one-connection pool closed, which closes the socket and tells Neo4j to end the transaction). Neo4j
// ends some work only at its next check (a long reduce(), a parser bomb): the place stays taken until Neo4j no
// longer lists a transaction with the pool's tag, so abandoned work never piles up in the DBMS.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/driver.ts';
import { AppError } from '../errors.ts';
import { countRunning } from './repository.ts';

export interface InFlightSettings {
  total: number;
  perClient: number;
  wallClockMs: number;
  /** After a timeout: how often to ask Neo4j whether the work ended, and for how long at most. */
  pollMs?: number;
  abandonAfterMs?: number;
}

interface Running {
  client: string;
  deadline: number;
}

export class ConsoleConnections {
  private readonly idle: Database[] = [];
  /** Requests holding a connection, and connections still closing after a timeout. */
  private readonly running = new Set<Running>();

  constructor(
    private readonly db: Database,
    private readonly settings: InFlightSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Requests (and dropped connections still closing) that count against the limit now. */
  get inFlight(): number {
    return this.running.size;
  }

  /** Runs `work` on a console connection of its own, within the limits in flight and the wall-clock limit. */
  async run<T>(client: string, work: (db: Database) => Promise<T>): Promise<T> {
    this.admit(client);
    const entry: Running = { client, deadline: this.now() + this.settings.wallClockMs };
    this.running.add(entry);
    const pool = this.idle.pop() ?? this.openPool();
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
    const working = work(pool);
    try {
      return await Promise.race([working, deadline]);
    } finally {
      clearTimeout(timer);
      if (timedOut) {
        working.catch(() => {}); // it fails when its connection goes
        entry.client = ''; // the client may send again; the place counts in all until Neo4j has ended the work
        void this.dropAndWait(pool).finally(() => this.running.delete(entry));
      } else {
        this.idle.push(pool);
        this.running.delete(entry);
      }
    }
  }

  private openPool(): Database {
    return this.db.openPool({
      maxConnections: 1,
      acquisitionTimeoutMs: this.settings.wallClockMs,
      transactionMetadata: { console: randomUUID() },
    });
  }

  private async dropAndWait(pool: Database): Promise<void> {
    const tag = pool.transactionMetadata?.console;
    await pool.close().catch(() => {});
    if (!tag) return;
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
