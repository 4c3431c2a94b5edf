// Import service: a graph in the loader's JSON format is validated whole, then loaded in batches (MERGE on keys).
// A file with problems loads nothing and answers every problem with its place.
import type { Database } from '../db/driver.ts';
import { markChanged } from '../db/memo.ts';
import { AppError } from '../errors.ts';
import { GraphFileError, formatProblem } from '../loader/format.ts';
import { loadGraph, type LoadStats } from '../loader/load.ts';
import { validateGraphObject } from '../loader/read.ts';

export async function importGraph(db: Database, body: unknown): Promise<LoadStats> {
  let graph;
  try {
    graph = validateGraphObject(body, 'request body');
  } catch (error) {
    if (error instanceof GraphFileError) {
      const problems = error.problems.map(formatProblem);
      throw new AppError('VALIDATION_FAILED', error.message, { details: problems });
    }
    throw error;
  }
  try {
    return await loadGraph(db, graph);
  } finally {
    markChanged(db); // even a failed load may have written batches
  }
}
