// No write unless the person asks (issue 13): the seed goes only into an EMPTY local database (no node, no
// relationship, no constraint, no index but Neo4j's token lookups). A graph that is not ours — Northwind-like,
// with `Entity` among its labels, a uniqueness constraint and an index of its own, a Person split into name and
// surname — loaded directly with Cypher: `npm start` (server/index.ts on that data folder) and every read endpoint
// leave its fingerprint (counts, labels, property keys, types, indexes, constraints, every value) identical.
// Runs on a local DBMS of its own, so the shared test databases are not touched.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { seedIfEmpty, seedPresent, whatTheDatabaseHolds } from '../../server/loader/seed.ts';
import { graphFingerprint } from '../helpers/fingerprint.ts';
import { freePort } from '../helpers/ports.ts';
import { waitForOutput } from '../helpers/processes.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-no-write-'));
const dataDir = path.join(workDir, 'db');
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** A small graph that is not ours, written the way its owner would: plain Cypher. */
const FOREIGN_GRAPH = [
  'CREATE CONSTRAINT product_id FOR (p:Product) REQUIRE p.productID IS UNIQUE',
  'CREATE INDEX person_surname FOR (p:Person) ON (p.surname)',
  `CREATE (c:Entity:Category {categoryID: 1, categoryName: 'Beverages'})
   CREATE (p1:Entity:Product {productID: 1, productName: 'Chai', unitPrice: 18.0, discontinued: false})
   CREATE (p2:Entity:Product {productID: 2, productName: 'Chang', unitPrice: 19.0, discontinued: true})
   CREATE (s:Supplier {supplierID: 1, companyName: 'Exotic Liquids', phone: '(171) 555-2222', postalCode: 'EC1 4SD'})
   CREATE (t1:Person {name: 'Todd', surname: 'Hamilton', born: date('1970-01-02')}), (t2:Person {name: 'Todd', surname: 'Bell'})
   CREATE (p1)-[:PART_OF]->(c), (p2)-[:PART_OF]->(c), (s)-[:SUPPLIES {since: 1999}]->(p1), (s)-[:SUPPLIES]->(p2), (t1)-[:KNOWS]->(t2)`,
];

const localOptions = async () => ({ dataDir, port: await freePort(), heap: '512m', pageCache: '64m', txTimeoutSeconds: 60, txMaxSize: '256m', startTimeoutMs: 600_000 });

function environmentWithout(names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !names.includes(name)));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('start-up writes only into an empty database', () => {
  it('seeds an empty database; refuses one that holds an index only, or a graph with our labels', async () => {
    const neo4j = await startLocalNeo4j(await localOptions());
    const db = new Database(createDriver(neo4j.uri, 'neo4j', ''));
    try {
      expect(await whatTheDatabaseHolds(db)).toEqual([]);
      await db.run('CREATE INDEX probe_index FOR (n:Probe) ON (n.x)', {}, 'WRITE');
      expect(await whatTheDatabaseHolds(db)).toEqual(['indexes (probe_index)']);
      const indexOnly = await graphFingerprint(db, { content: true });
      expect(await seedIfEmpty(db, () => {})).toMatch(/not empty/);
      expect(await graphFingerprint(db, { content: true })).toEqual(indexOnly);
      await db.run('DROP INDEX probe_index', {}, 'WRITE');

      const lines: string[] = [];
      expect(await seedIfEmpty(db, (line) => lines.push(line))).toMatch(/Seed graph loaded/);
      expect(await seedPresent(db)).toBe(true);
      const seeded = await graphFingerprint(db, { content: true });
      expect(await seedIfEmpty(db, () => {})).toBeUndefined();
      expect(await graphFingerprint(db, { content: true })).toEqual(seeded);

      // Empty it again (tokens stay, as in any used database), then put someone else's graph in.
      await db.run('MATCH (n) DETACH DELETE n', {}, 'WRITE');
      for (const name of (await db.run<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ')).records.map((r) => r.get('name'))) {
        await db.run(`DROP CONSTRAINT \`${name}\``, {}, 'WRITE');
      }
      for (const name of (await db.run<{ name: string }>("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, 'READ')).records.map((r) => r.get('name'))) {
        await db.run(`DROP INDEX \`${name}\``, {}, 'WRITE');
      }
      expect(await whatTheDatabaseHolds(db)).toEqual([]);
      for (const statement of FOREIGN_GRAPH) await db.run(statement, {}, 'WRITE');
      const foreign = await graphFingerprint(db, { content: true });
      expect(await seedIfEmpty(db, () => {})).toMatch(/not empty/);
      expect(await graphFingerprint(db, { content: true })).toEqual(foreign);
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }, 400_000);

  it('npm start and every read endpoint leave a graph that is not ours exactly as it was', async () => {
    const bolt = await freePort();
    const port = await freePort();
    const start = () =>
      spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
        cwd: PROJECT_ROOT,
        env: { ...environmentWithout(['NEO4J_URI', 'NEO4J_DATABASE', 'WRITE_TOKEN']), NEO4J_DATA_DIR: dataDir, NEO4J_LOCAL_PORT: String(bolt), PORT: String(port), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    let server = start();
    const db = new Database(createDriver(`bolt://127.0.0.1:${bolt}`, 'neo4j', ''));
    try {
      // Start-up's identity check can time out on a loaded machine (issue 16, item 7; retried at start-up by
      // another change): start again, at most three times, since what is tested here is what a start writes.
      let output = '';
      for (let attempt = 1; ; attempt++) {
        try {
          output = await waitForOutput(server, /Explorer ready on/, 300_000);
          break;
        } catch (error) {
          if (attempt >= 3 || !/time limit/.test(String(error))) throw error;
          await stop(server);
          server = start();
        }
      }
      expect(output).toMatch(/not empty/);
      expect(output).not.toMatch(/Seed graph loaded/);
      const before = await graphFingerprint(db, { content: true });
      expect(before.labelCounts).toMatchObject({ Entity: 3, Product: 2, Person: 2 });
      expect(before.constraints.map((c) => c.split(' ')[0])).toEqual(['product_id']);

      const base = `http://127.0.0.1:${port}`;
      const get = (route: string) => fetch(base + route);
      const post = (route: string, body: unknown) => fetch(base + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const statuses: Record<string, number> = {};
      const visit = async (name: string, request: Promise<Response>) => {
        const response = await request;
        statuses[name] = response.status;
        return response.headers.get('content-type')?.includes('json') ? ((await response.json()) as Record<string, unknown>) : {};
      };
      await visit('page', get('/'));
      await visit('health', get('/api/health'));
      await visit('schema', get('/api/schema'));
      const overview = (await visit('overview', get('/api/overview?limit=50'))) as { nodes?: { id: string }[] };
      const ids = (overview.nodes ?? []).map((n) => n.id);
      await visit('search', get('/api/search?q=Chai'));
      await visit('search full name', get(`/api/search?q=${encodeURIComponent('Todd Hamilton')}`));
      if (ids[0]) {
        await visit('node', get(`/api/nodes/${encodeURIComponent(ids[0])}`));
        await visit('neighbours', get(`/api/neighbours?id=${encodeURIComponent(ids[0])}&direction=both`));
        await visit('connections', post('/api/connections', { ids: ids.slice(0, 2), among: ids.slice(2) }));
        if (ids[1]) await visit('paths', get(`/api/paths?from=${encodeURIComponent(ids[0])}&to=${encodeURIComponent(ids[1])}`));
      }
      await visit('node by key', get('/api/nodes?key=chai'));
      await visit('document', get('/api/documents/none'));
      await visit('ask', post('/api/ask', { question: 'who supplies Chai?' }));
      await visit('cypher', post('/api/cypher', { query: 'MATCH (n) RETURN n LIMIT 5' }));
      await visit('procedures', get('/api/cypher/procedures'));
      await visit('examples', get('/api/cypher/examples'));
      process.stdout.write(`read endpoints on a foreign graph: ${JSON.stringify(statuses)}\n`);
      expect(ids.length).toBeGreaterThan(0);
      expect(statuses.health).toBe(200);
      expect(statuses.overview).toBe(200);
      expect(statuses.cypher).toBe(200);

      expect(await graphFingerprint(db, { content: true })).toEqual(before);
    } finally {
      await db.close();
      await stop(server);
    }
  }, 400_000);
});
