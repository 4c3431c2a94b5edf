// Applies cypher/schema/*.cypher (constraints first, then indexes) and waits for the indexes to be online.
// Every statement uses IF NOT EXISTS, so applying twice changes nothing.
import type { Database } from '../db/driver.ts';
import { loadQuery, statementsOf } from '../db/queryFiles.ts';
import { fillQuery, quoteLabel } from './cypherNames.ts';

export const SCHEMA_FILES = ['schema/constraints', 'schema/indexes'] as const;

/** Labels whose key constraint the schema files already create. */
export const SCHEMA_KEY_LABELS: readonly string[] = ['Entity', 'Document', 'Sentence'];

export async function applySchema(db: Database): Promise<void> {
  for (const file of SCHEMA_FILES) {
    for (const statement of statementsOf(loadQuery(file))) await db.run(statement, {}, 'WRITE');
  }
  await awaitIndexes(db);
}

export async function awaitIndexes(db: Database, seconds = 120): Promise<void> {
  await db.run('CALL db.awaitIndexes($seconds)', { seconds: BigInt(seconds) }, 'READ');
}

/**
 * Makes sure `label` has a uniqueness constraint on `key` (what MERGE on key needs to be fast and safe).
 * Returns a warning instead of failing when the database refuses (for example an index on key already exists).
 */
export async function ensureKeyConstraint(db: Database, label: string): Promise<string | undefined> {
  if (SCHEMA_KEY_LABELS.includes(label)) return undefined;
  const name = quoteLabel(`key_unique_${label}`.slice(0, 100));
  try {
    await db.run(fillQuery('load-key-constraint', { NAME: name, LABEL: quoteLabel(label) }), {}, 'WRITE');
    return undefined;
  } catch (error) {
    return `No uniqueness constraint on :${label}(key) (${error instanceof Error ? error.message : String(error)}); loading goes on without it.`;
  }
}
