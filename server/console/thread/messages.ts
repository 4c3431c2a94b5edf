// What the server and a console worker thread say to each other. A thread holds several lines (one-connection
// pools, each its own driver); every request names its line and is answered by its id with a value, an AppError
// as plain data, or another failure (a bug: logged as INTERNAL).
import type { PoolRecipe } from '../../db/driver.ts';
import type { PlainAppError } from '../../errors.ts';
import type { RunLimits } from '../repository.ts';

export type ThreadRequest =
  | { id: number; line: number; op: 'open'; recipe: PoolRecipe }
  | { id: number; line: number; op: 'close' }
  | { id: number; line: number; op: 'explain'; text: string; params: Record<string, unknown>; timeoutMs: number }
  | { id: number; line: number; op: 'stream'; text: string; params: Record<string, unknown>; limits: RunLimits }
  | { id: number; line: number; op: 'functions' }
  | { id: number; line: number; op: 'captionRules' };

/** `{ ready: true }` first, once the thread has loaded its modules; then one answer per request. */
export type ThreadAnswer =
  | { ready: true }
  | { id: number; value: unknown }
  | { id: number; error: PlainAppError }
  | { id: number; failure: { name: string; message: string; stack?: string } };

/** The thread's workerData: the module boot.mjs imports. */
export interface ThreadData {
  entry: string;
}
