// The seed graph (the article's knowledge graph, data/seed/alibaba.graph.json): loading it on demand
// (npm run seed) and on the first start of the local DBMS (seedIfEmpty, called by server/index.ts only for the
// embedded database, never for a server named by NEO4J_URI).
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Database } from '../db/driver.ts';
import { loadGraph, type LoadOptions, type LoadStats } from './load.ts';
import { readGraphFiles } from './read.ts';
import { applySchema } from './schema.ts';

export const SEED_FILE = path.join(PROJECT_ROOT, 'data', 'seed', 'alibaba.graph.json');
/** The article's Document key: its presence means the seed graph is loaded. */
export const SEED_DOCUMENT_KEY = 'alibaba-article';

export async function loadSeed(db: Database, options: LoadOptions = {}): Promise<LoadStats> {
  return loadGraph(db, readGraphFiles([SEED_FILE]), options);
}

export async function seedPresent(db: Database): Promise<boolean> {
  const result = await db.read<{ present: boolean }>('load-document-present', { key: SEED_DOCUMENT_KEY });
  return result.records[0]?.get('present') === true;
}

export function describeLoad(stats: LoadStats): string {
  return `${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.documents} document${stats.documents === 1 ? '' : 's'} (${stats.sentences} sentences) in ${(stats.ms / 1000).toFixed(1)} s`;
}

/** Whether the database holds a graph of another kind (nodes that are neither entities nor evidence). */
export async function otherDataPresent(db: Database): Promise<boolean> {
  const result = await db.read<{ present: boolean }>('load-other-data-present');
  return result.records[0]?.get('present') === true;
}

/**
 * Loads the seed graph when the database does not hold it yet and holds no other graph either (a person who
 * loaded, say, the Movies graph into the local database keeps it to themselves); returns a line to show.
 */
export async function seedIfEmpty(db: Database, say: (line: string) => void): Promise<string | undefined> {
  if (await seedPresent(db)) {
    await applySchema(db);
    return undefined;
  }
  if (await otherDataPresent(db)) {
    return 'The local database holds another graph, so the seed graph was not added (npm run seed adds it).';
  }
  say('Loading the seed graph (the article’s knowledge graph) into the local database…');
  const stats = await loadSeed(db);
  return `Seed graph loaded: ${describeLoad(stats)}.`;
}
