// What the server and a console worker thread say to each other: one request per call of a ConsoleSession method,
// answered by its id with a value, an AppError as plain data, or another failure (a bug: logged as INTERNAL).
import type { PoolRecipe } from '../../db/driver.ts';
import type { PlainAppError } from '../../errors.ts';
import type { RunLimits } from '../repository.ts';

export type ThreadRequest =
  | { id: number; op: 'explain'; text: string; params: Record<string, unknown>; timeoutMs: number }
  | { id: number; op: 'stream'; text: string; params: Record<string, unknown>; limits: RunLimits }
  | { id: number; op: 'functions' }
  | { id: number; op: 'captionRules' };

/** `{ ready: true }` first, once the thread has loaded and opened its pool; then one answer per request. */
export type ThreadAnswer =
  | { ready: true }
  | { id: number; value: unknown }
  | { id: number; error: PlainAppError }
  | { id: number; failure: { name: string; message: string; stack?: string } };

/** The thread's workerData: the module boot.mjs imports, and the pool (one connection, tagged) it opens. */
export interface ThreadData {
  entry: string;
  recipe: PoolRecipe;
}
