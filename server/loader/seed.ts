// The seed graph (the article's knowledge graph, data/seed/alibaba.graph.json): loading it on demand
// (npm run seed) and on a start of the local DBMS (seedIfEmpty, called by server/index.ts and the ask command only
// for the embedded database, never for a server named by NEO4J_URI) — and then only into an EMPTY database: no
// node, no relationship, no constraint, no index but the token lookup indexes Neo4j makes by itself. A database
// that holds anything, even one whose labels look like ours, is the person's and is not written to.
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Database } from '../db/driver.ts';
import { loadGraph, type LoadOptions, type LoadStats } from './load.ts';
import { readGraphFiles } from './read.ts';
import { readDatabaseSchema, seedSchemaStatements } from './schema.ts';

export const SEED_FILE = path.join(PROJECT_ROOT, 'data', 'seed', 'alibaba.graph.json');
/** The article's Document key: its presence means the seed graph is loaded. */
export const SEED_DOCUMENT_KEY = 'alibaba-article';

export async function loadSeed(db: Database, options: LoadOptions = {}): Promise<LoadStats> {
  return loadGraph(db, readGraphFiles([SEED_FILE]), { ...options, extraSchema: seedSchemaStatements() });
}

export async function seedPresent(db: Database): Promise<boolean> {
  const result = await db.read<{ present: boolean }>('load-document-present', { key: SEED_DOCUMENT_KEY });
  return result.records[0]?.get('present') === true;
}

export function describeLoad(stats: LoadStats): string {
  return `${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.documents} document${stats.documents === 1 ? '' : 's'} (${stats.sentences} sentences) in ${(stats.ms / 1000).toFixed(1)} s`;
}

/** What makes a database not empty, in words (an empty list: it is empty). Reads only. */
export async function whatTheDatabaseHolds(db: Database): Promise<string[]> {
  const data = (await db.read<{ nodes: boolean; relationships: boolean }>('load-any-data')).records[0]!;
  const schema = await readDatabaseSchema(db);
  const indexes = schema.indexes.filter((index) => index.type !== 'LOOKUP' && !index.owningConstraint);
  return [
    ...(data.get('nodes') ? ['nodes'] : []),
    ...(data.get('relationships') ? ['relationships'] : []),
    ...(schema.constraints.length > 0 ? [`constraints (${schema.constraints.map((c) => c.name).join(', ')})`] : []),
    ...(indexes.length > 0 ? [`indexes (${indexes.map((i) => i.name).join(', ')})`] : []),
  ];
}

/**
 * Loads the seed graph into an empty database only; returns a line to show, or undefined when the seed graph is
 * there already. Writes nothing into a database that holds anything.
 */
export async function seedIfEmpty(db: Database, say: (line: string) => void): Promise<string | undefined> {
  const holds = await whatTheDatabaseHolds(db);
  if (holds.length > 0) {
    if (await seedPresent(db)) return undefined;
    return `The local database is not empty (it holds ${holds.join(', ')}), so the seed graph was not added; \`npm run seed\` adds it.`;
  }
  say('Loading the seed graph (the article’s knowledge graph) into the empty local database…');
  const stats = await loadSeed(db);
  return `Seed graph loaded: ${describeLoad(stats)}.`;
}
