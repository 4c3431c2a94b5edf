// A load killed with SIGKILL halfway leaves no half batch (each batch is one transaction), and running it again
// completes with exact counts. Runs against a local DBMS of its own, so the shared test database stays as it is.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { freePort } from '../helpers/ports.ts';

const NODES = 60_000;
const RELATIONSHIPS = 120_000;
const BATCH = 1000;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-kill-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function writeGraphFile(): string {
  const nodes = Array.from({ length: NODES }, (_, i) => ({ key: `kill-${i}`, labels: ['KillProbe'], properties: { name: `Kill probe ${i}` } }));
  const relationships = Array.from({ length: RELATIONSHIPS }, (_, i) => ({
    type: 'KILL_LINK',
    start: `kill-${i % NODES}`,
    end: `kill-${(i * 7919 + 1) % NODES}`,
    key: `link-${i}`,
    properties: { index: i },
  }));
  const file = path.join(workDir, 'kill.graph.json');
  fs.writeFileSync(file, JSON.stringify({ nodes, relationships }));
  return file;
}

function runLoader(uri: string, file: string) {
  return spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'loader', 'cli.ts'), file, '--batch-size', String(BATCH)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const nodes = await db.run('MATCH (n:KillProbe) RETURN count(n) AS c', {}, 'READ');
  const rels = await db.run('MATCH ()-[r:KILL_LINK]->() RETURN count(r) AS c', {}, 'READ');
  return { nodes: Number(nodes.records[0]!.get('c')), relationships: Number(rels.records[0]!.get('c')) };
}

describe('a load killed halfway', () => {
  it('leaves whole batches only, and a second run completes with exact counts', async () => {
    const file = writeGraphFile();
    const neo4j = await startLocalNeo4j({ dataDir: path.join(workDir, 'db'), port: await freePort(), heap: '1g', pageCache: '256m', txTimeoutSeconds: 120, txMaxSize: '512m' });
    const db = new Database(createDriver(neo4j.uri, 'neo4j', ''));
    try {
      const loader = runLoader(neo4j.uri, file);
      const exited = new Promise<number | null>((resolve) => loader.once('exit', (code) => resolve(code)));
      let seen = { nodes: 0, relationships: 0 };
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline) {
        seen = await counts(db);
        if (seen.relationships > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      loader.kill('SIGKILL');
      await exited;
      const afterKill = await counts(db);
      expect(afterKill.relationships).toBeGreaterThan(0);
      expect(afterKill.relationships).toBeLessThan(RELATIONSHIPS);
      expect(afterKill.nodes).toBe(NODES);
      // Whole batches only: every committed transaction wrote exactly BATCH relationships.
      expect(afterKill.relationships % BATCH).toBe(0);
      process.stdout.write(`load killed after ${afterKill.relationships} of ${RELATIONSHIPS} relationships (${afterKill.relationships / BATCH} whole batches)\n`);

      const again = runLoader(neo4j.uri, file);
      const code = await new Promise<number | null>((resolve) => again.once('exit', (c) => resolve(c)));
      expect(code).toBe(0);
      expect(await counts(db)).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
    } finally {
      await db.close();
      await neo4j.stop();
    }
  }, 600_000);
});
