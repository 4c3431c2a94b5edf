// GET /api/schema reads labels, types, counts and caption keys from whatever the database holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { assertKnownLabels, assertKnownTypes } from '../../server/schema/service.ts';

describe('GET /api/schema', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    await db.run(
      "CREATE (:SchemaProbe:`Odd Label` {title: 'first', rank: 1})-[:`PROBE REL`]->(:SchemaProbe {title: 'second'})",
      {},
      'WRITE',
    );
    server = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await server.close();
    await db.run('MATCH (n:SchemaProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('counts labels and types, even with names that need quoting, and picks the caption key', async () => {
    const response = await fetch(`${server.url}/api/schema`);
    expect(response.status).toBe(200);
    const schema = await response.json();
    const probe = schema.labels.find((l: { name: string }) => l.name === 'SchemaProbe');
    expect(probe).toMatchObject({ count: 2, captionKey: 'title' });
    expect(schema.labels.find((l: { name: string }) => l.name === 'Odd Label')).toMatchObject({ count: 1 });
    expect(schema.relationshipTypes).toContainEqual({ name: 'PROBE REL', count: 1 });
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['title', 'rank']));
  });

  it('refuses labels and types the database does not have, by code', async () => {
    await expect(assertKnownLabels(db, ['SchemaProbe'])).resolves.toBeUndefined();
    await expect(assertKnownLabels(db, ['Nope'])).rejects.toMatchObject({ code: 'UNKNOWN_LABEL', status: 400 });
    await expect(assertKnownTypes(db, ['PROBE REL'])).resolves.toBeUndefined();
    await expect(assertKnownTypes(db, ['NOPE'])).rejects.toMatchObject({ code: 'UNKNOWN_RELATIONSHIP_TYPE' });
  });
});
