// What the console service plans and runs a person's query on: a ConsoleSession. The console's own sessions are
// worker threads (thread/consoleThread.ts), each with a driver of its own, so that decoding a huge answer never
// blocks the server; `directSession` runs the same repository calls on a Database in this thread (tests, tools).
import type { Database } from '../db/driver.ts';
import type { CaptionRules } from '../schema/captions.ts';
import { captionRules } from '../schema/service.ts';
import { explainQuery, readFunctions, streamQuery, type Explained, type RoutineRow, type RunLimits, type Streamed } from './repository.ts';

export interface ConsoleSession {
  /** Plans `text` (which starts with EXPLAIN): see repository.explainQuery. */
  explain(text: string, params: Record<string, unknown>, timeoutMs: number): Promise<Explained>;
  /** Runs `text` in a READ transaction within the limits: see repository.streamQuery. */
  stream(text: string, params: Record<string, unknown>, limits: RunLimits): Promise<Streamed>;
  /** The functions the DBMS has (built-in or not). */
  functions(): Promise<RoutineRow[]>;
  /** How nodes are named (schema/captions.ts), read on this session's own connection. */
  captionRules(): Promise<CaptionRules>;
}

export function directSession(db: Database): ConsoleSession {
  return {
    explain: (text, params, timeoutMs) => explainQuery(db, text, params, timeoutMs),
    stream: (text, params, limits) => streamQuery(db, text, params, limits),
    functions: () => readFunctions(db),
    captionRules: () => captionRules(db),
  };
}
