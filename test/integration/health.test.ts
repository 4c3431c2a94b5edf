// GET /api/health against the real Neo4j, and the 503 when Neo4j does not answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../server/db/driver.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { freePort } from '../helpers/ports.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('GET /api/health', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('names the Neo4j version, edition and database', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.\d+/);
    expect(['community', 'enterprise']).toContain(body.neo4j.edition);
    expect(body.neo4j.database).toBe('neo4j');
  });

  it('answers 503 with ok:false when Neo4j does not answer', async () => {
    const deadDb = new Database(createDriver(`bolt://127.0.0.1:${await freePort()}`, 'neo4j', ''));
    const dead = await startTestServer({ db: deadDb, config: testConfig() });
    try {
      const response = await fetch(`${dead.url}/api/health`);
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe('NEO4J_UNAVAILABLE');
      const overview = await fetch(`${dead.url}/api/overview`);
      expect(overview.status).toBe(503);
      expect((await overview.json()).error.code).toBe('NEO4J_UNAVAILABLE');
    } finally {
      await dead.close();
      await deadDb.close();
    }
  });
});

describe('errors are JSON with a code', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('an unknown API route is a 404 NOT_FOUND', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });

  it('a body that is not JSON is a 400 BAD_REQUEST', async () => {
    const response = await fetch(`${server.url}/api/overview`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('BAD_REQUEST');
  });

  it('a query parameter of the wrong type is a 400 VALIDATION_FAILED that names it', async () => {
    const response = await fetch(`${server.url}/api/overview?limit=lots`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('limit');
  });
});
