// Loads what the integration tests read: the seed graph into the main database, the public Movies graph
// (data/datasets/movies.cypher, a copy of ../shared/datasets/) into the other. Each is loaded only when
// the database does not hold it yet (a server named by NEO4J_URI may already have the seed graph).
import fs from 'node:fs';
import path from 'node:path';
import { createDriver, Database } from '../../server/db/driver.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { loadSeed, seedPresent } from '../../server/loader/seed.ts';
import { runCypherScript } from '../../server/loader/runScript.ts';

export const MOVIES_SCRIPT = path.join(PROJECT_ROOT, 'data', 'datasets', 'movies.cypher');

async function withDatabase(uri: string, username: string, password: string, database: string | undefined, work: (db: Database) => Promise<void>) {
  const db = new Database(createDriver(uri, username, password), database || undefined);
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

export async function prepareTestDatabases(uris: { mainUri: string; moviesUri: string }): Promise<void> {
  const external = Boolean(process.env.NEO4J_URI);
  const username = external ? (process.env.NEO4J_USERNAME ?? 'neo4j') : 'neo4j';
  const password = external ? (process.env.NEO4J_PASSWORD ?? '') : '';
  await Promise.all([
    withDatabase(uris.mainUri, username, password, external ? process.env.NEO4J_DATABASE : undefined, async (db) => {
      if (!(await seedPresent(db))) await loadSeed(db);
    }),
    withDatabase(uris.moviesUri, 'neo4j', '', undefined, async (db) => {
      const movies = await db.run<{ count: bigint }>('MATCH (m:Movie) RETURN count(m) AS count', {}, 'READ');
      if (Number(movies.records[0]?.get('count') ?? 0) === 0) await runCypherScript(db, fs.readFileSync(MOVIES_SCRIPT, 'utf8'), MOVIES_SCRIPT);
    }),
  ]);
}
