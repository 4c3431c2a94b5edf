// Neo4j stopped while the server runs: health says so, requests get 503 with a message, and when Neo4j comes
// back the same server serves again without a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { testConfig } from '../helpers/db.ts';
import { freePort } from '../helpers/ports.ts';
import { startTestServer } from '../helpers/server.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function poll(url: string, status: number, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url);
    if (response.status === status || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Neo4j going away and coming back', { timeout: 300_000 }, () => {
  it('answers 503 while Neo4j is down and 200 again once it is back, with the same server', async () => {
    const port = await freePort();
    const options = { dataDir, port, heap: '512m', pageCache: '64m', txTimeoutSeconds: 30, txMaxSize: '128m' };
    let neo4j: LocalNeo4j = await startLocalNeo4j(options);
    const db = new Database(createDriver(neo4j.uri, 'neo4j', ''));
    const server = await startTestServer({ db, config: testConfig() });
    try {
      await db.run("CREATE (:FaultProbe {name: 'survivor'})", {}, 'WRITE');
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

      await neo4j.stop();
      const down = await fetch(`${server.url}/api/health`);
      expect(down.status).toBe(503);
      expect((await down.json()).ok).toBe(false);
      const request = await fetch(`${server.url}/api/overview`);
      expect(request.status).toBe(503);
      const body = await request.json();
      expect(body.error.code).toBe('NEO4J_UNAVAILABLE');
      expect(body.error.message.length).toBeGreaterThan(20);

      neo4j = await startLocalNeo4j(options);
      const back = await poll(`${server.url}/api/health`, 200, 90_000);
      expect(back.status).toBe(200);
      const overview = await (await poll(`${server.url}/api/overview`, 200, 90_000)).json();
      expect(overview.nodes.map((n: { properties: { name: string } }) => n.properties.name)).toContain('survivor');
    } finally {
      await server.close();
      await db.close();
      await neo4j.stop();
    }
  });
});
