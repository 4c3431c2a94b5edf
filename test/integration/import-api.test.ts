// POST /api/import: the write token gate, a valid graph loaded (twice gives the same graph), a bad one refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TOKEN = 'import-test-token-0123456789';

const graph = {
  nodes: [
    { key: 'import-probe-a', labels: ['ImportProbe'], properties: { name: 'Import A', aliases: ['IA'] } },
    { key: 'import-probe-b', labels: ['ImportProbe'], properties: { name: 'Import B' } },
  ],
  relationships: [{ type: 'IMPORT_LINK', start: 'import-probe-a', end: 'import-probe-b', properties: { weight: 2 } }],
};

describe('POST /api/import', () => {
  const db = mainDatabase();
  let open: TestServer;
  let locked: TestServer;

  const post = (server: TestServer, body: unknown, token?: string) =>
    fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  const probeCounts = async () => {
    const result = await db.run<{ nodes: bigint; rels: bigint }>(
      'MATCH (n:ImportProbe) OPTIONAL MATCH (n)-[r:IMPORT_LINK]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels',
      {},
      'READ',
    );
    return { nodes: Number(result.records[0]!.get('nodes')), rels: Number(result.records[0]!.get('rels')) };
  };

  beforeAll(async () => {
    open = await startTestServer({ db, config: testConfig({ WRITE_TOKEN: TOKEN }) });
    locked = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await open.close();
    await locked.close();
    await db.run('MATCH (n:ImportProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('is off (403 FORBIDDEN) when no WRITE_TOKEN is configured', async () => {
    const response = await post(locked, graph, TOKEN);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('FORBIDDEN');
    expect(await probeCounts()).toEqual({ nodes: 0, rels: 0 });
  });

  it('needs the token (401 UNAUTHORIZED without it or with another one)', async () => {
    for (const token of [undefined, 'wrong-token-wrong-token']) {
      const response = await post(open, graph, token);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('UNAUTHORIZED');
    }
    expect(await probeCounts()).toEqual({ nodes: 0, rels: 0 });
  });

  it('loads a valid graph, and loading it again changes nothing', async () => {
    const first = await post(open, graph, TOKEN);
    expect(first.status).toBe(200);
    expect((await first.json()).loaded).toMatchObject({ nodes: 2, relationships: 1 });
    expect(await probeCounts()).toEqual({ nodes: 2, rels: 1 });
    expect((await post(open, graph, TOKEN)).status).toBe(200);
    expect(await probeCounts()).toEqual({ nodes: 2, rels: 1 });
  });

  it('refuses a graph with a dangling relationship, names the place, and writes nothing', async () => {
    const bad = {
      nodes: [{ key: 'import-probe-c', labels: ['ImportProbe'], properties: { name: 'Import C' } }],
      relationships: [{ type: 'IMPORT_LINK', start: 'import-probe-c', end: 'nowhere', properties: {} }],
    };
    const response = await post(open, bad, TOKEN);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('relationships[0]');
    expect(await probeCounts()).toEqual({ nodes: 2, rels: 1 });
  });
  it('is answered by Ask at once: what this server imports, the next question knows', async () => {
    const ask = async (question: string) => {
      const response = await fetch(`${open.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
      return (await response.json()) as { known: boolean; entities: { key: string }[] };
    };
    const question = 'Who owns Quillotube Importa?';
    expect((await ask(question)).known).toBe(false); // the entity index is now loaded and memoised without it
    const owned = {
      nodes: [
        { key: 'import-probe-owner', labels: ['Entity', 'Company', 'ImportProbe'], properties: { name: 'Quillo Importco', aliases: [] } },
        { key: 'import-probe-tube', labels: ['Entity', 'Product', 'ImportProbe'], properties: { name: 'Quillotube Importa', aliases: [] } },
      ],
      relationships: [{ type: 'OWNS', start: 'import-probe-owner', end: 'import-probe-tube', properties: {} }],
    };
    expect((await post(open, owned, TOKEN)).status).toBe(200);
    const answer = await ask(question);
    expect(answer.known).toBe(true);
    expect(answer.entities.map((e) => e.key)).toEqual(['import-probe-owner']);
  });
});
