// Import service: a graph in the loader's JSON format is validated whole, checked against the database's
// constraints (reads only), then loaded in batches (MERGE on keys). A file with problems or conflicts loads
// nothing and answers every problem with its place (line:column of the body); a fault after the first write
// answers what was written, and sending the same body again completes the import.
import type { Database } from '../db/driver.ts';
import { markChanged } from '../db/memo.ts';
import { AppError } from '../errors.ts';
import { GraphFileError, formatProblem } from '../loader/format.ts';
import { LoadConflictError, LoadInterrupted, loadGraph, type LoadStats } from '../loader/load.ts';
import { validateGraphObject } from '../loader/read.ts';

export const BODY_NAME = 'request body';

/** `text`: the JSON text the body was parsed from, for the lines and columns of problems. */
export async function importGraph(db: Database, body: unknown, text?: string): Promise<LoadStats> {
  let graph;
  try {
    graph = validateGraphObject(body, BODY_NAME, text);
  } catch (error) {
    if (error instanceof GraphFileError) throw new AppError('VALIDATION_FAILED', error.message, { details: error.problems.map(formatProblem) });
    throw error;
  }
  try {
    return await loadGraph(db, graph);
  } catch (error) {
    if (error instanceof LoadConflictError) throw new AppError('IMPORT_CONFLICT', error.message, { details: error.problems.map(formatProblem) });
    if (error instanceof LoadInterrupted) throw new AppError('IMPORT_INTERRUPTED', error.message, { cause: error.cause, details: error.stats.written });
    throw error;
  } finally {
    markChanged(db); // a refused load wrote nothing, but an interrupted one may have
  }
}
