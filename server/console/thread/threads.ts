// The console's worker threads: at most `threads` of them (CONSOLE_THREADS, default one, at most
// CONSOLE_CONNECTIONS), each holding some of the console's lines. A new line goes to the thread with the fewest;
// a thread that died is replaced on the next line. Fewer threads than lines: each thread costs tens of MB and its
// own JIT, and sixteen of them on two cores halved the console's throughput (README, design).
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/driver.ts';
import type { ConsoleLine, LineSource } from '../inFlight.ts';
import { ConsoleThread } from './consoleThread.ts';

export interface ThreadSettings {
  threads: number;
  memoryMb: number;
  /** How long a line waits for its connection (a line has one, so only a bug waits). */
  wallClockMs: number;
}

export class ConsoleThreads implements LineSource {
  private threads: ConsoleThread[] = [];

  constructor(
    private readonly db: Database,
    private readonly settings: ThreadSettings,
  ) {}

  open(): ConsoleLine {
    this.threads = this.threads.filter((thread) => thread.alive);
    let thread: ConsoleThread;
    if (this.threads.length < this.settings.threads) {
      thread = new ConsoleThread(this.settings.memoryMb);
      this.threads.push(thread);
    } else {
      thread = this.threads.reduce((fewest, candidate) => (candidate.lineCount < fewest.lineCount ? candidate : fewest));
    }
    const tag = randomUUID();
    const recipe = this.db.poolRecipe({ maxConnections: 1, acquisitionTimeoutMs: this.settings.wallClockMs, transactionMetadata: { console: tag } });
    return thread.openLine(recipe, tag);
  }

  async close(): Promise<void> {
    const threads = this.threads;
    this.threads = [];
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
