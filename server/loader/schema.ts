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

/** Waits until every index is online; throws when one failed or the time is up. */
export async function awaitIndexes(db: Database, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    const result = await db.read<{ name: string; state: string; failure: string | null }>('load-indexes-not-online');
    const failed = result.records.find((r) => r.get('state') === 'FAILED');
    if (failed) throw new Error(`Index ${failed.get('name')} failed: ${failed.get('failure') ?? 'no reason given'}`);
    if (result.records.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Indexes still not online after ${seconds} s: ${result.records.map((r) => r.get('name')).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
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
