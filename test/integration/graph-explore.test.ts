// The explore endpoints against a real Neo4j: overview, search, node details, neighbours, connections, paths,
// documents. A small probe graph in the seed graph's shape (Entity + type label, evidence sentences) is created
// here and deleted afterwards; nothing else is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, NeighboursResponse, NodeDetailsResponse, OverviewResponse, PathsResponse, SearchResponse } from '../../server/contract.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TEXT = 'Probeco Holdings owns Probetube. Pat Probe leads Probeco Holdings. Probeco Holdings competes with Rivalprobe.';
const sentence = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const S0 = sentence('Probeco Holdings owns Probetube.');
const S1 = sentence('Pat Probe leads Probeco Holdings.');
const S2 = sentence('Probeco Holdings competes with Rivalprobe.');

describe('explore endpoints', () => {
  const db = mainDatabase();
  let server: TestServer;
  let createdIndex = false;
  const ids: Record<string, string> = {};
  const get = async <T>(path: string) => {
    const response = await fetch(server.url + path);
    return { status: response.status, body: (await response.json()) as T };
  };
  const errorCode = async (path: string, init?: RequestInit) => {
    const response = await fetch(server.url + path, init);
    return { status: response.status, code: ((await response.json()) as { error?: { code?: string } }).error?.code };
  };

  beforeAll(async () => {
    await db.run(
      `CREATE (d:Document:GraphProbe {key: 'gprobe-doc', title: 'Probe article', source: 'test', text: $text})
       CREATE (s0:Sentence:GraphProbe {key: 'gprobe-doc#0', document: 'gprobe-doc', index: 0, start: $s0.start, end: $s0.end, text: $t0})
       CREATE (s1:Sentence:GraphProbe {key: 'gprobe-doc#1', document: 'gprobe-doc', index: 1, start: $s1.start, end: $s1.end, text: $t1})
       CREATE (s2:Sentence:GraphProbe {key: 'gprobe-doc#2', document: 'gprobe-doc', index: 2, start: $s2.start, end: $s2.end, text: $t2})
       CREATE (d)-[:HAS_SENTENCE]->(s0), (d)-[:HAS_SENTENCE]->(s1), (d)-[:HAS_SENTENCE]->(s2)
       CREATE (co:Entity:Company:GraphProbe {key: 'gprobe-co', name: 'Probeco Holdings', aliases: ['Probeco', '探针集团'], description: 'probe'})
       CREATE (tube:Entity:Product:GraphProbe {key: 'gprobe-tube', name: 'Probetube', aliases: ['探针视频']})
       CREATE (pat:Entity:Person:GraphProbe {key: 'gprobe-pat', name: 'Pat Probe', aliases: []})
       CREATE (rival:Entity:Company:GraphProbe {key: 'gprobe-rival', name: 'Rivalprobe', aliases: []})
       CREATE (co)-[:MENTIONED_IN]->(s0), (tube)-[:MENTIONED_IN]->(s0), (pat)-[:MENTIONED_IN]->(s1), (co)-[:MENTIONED_IN]->(s1)
       CREATE (co)-[:OWNS {evidence_document: 'gprobe-doc', evidence_sentence: 0, evidence_start: $s0.start, evidence_end: $s0.end,
                          evidence_quote: $t0, inferred: false}]->(tube)
       CREATE (pat)-[:LEADS {evidence_document: 'gprobe-doc', evidence_sentence: 1, evidence_start: $s1.start, evidence_end: $s1.end,
                          evidence_quote: $t1, inferred: false}]->(co)
       CREATE (co)-[:COMPETES_WITH {evidence_document: 'gprobe-doc', evidence_sentence: 2, evidence_start: $s2.start, evidence_end: $s2.end,
                          evidence_quote: $t2, inferred: false}]->(rival)
       WITH co
       UNWIND range(1, 30) AS i
       CREATE (w:Entity:Product:GraphProbe {key: 'gprobe-widget-' + i, name: 'Probe widget ' + i, aliases: []})
       CREATE (co)-[:OWNS {evidence_document: 'gprobe-doc', evidence_sentence: 0, evidence_start: 0, evidence_end: 1, evidence_quote: 'P', inferred: true}]->(w)`,
      {
        text: TEXT,
        s0: S0,
        s1: S1,
        s2: S2,
        t0: TEXT.slice(S0.start, S0.end),
        t1: TEXT.slice(S1.start, S1.end),
        t2: TEXT.slice(S2.start, S2.end),
      },
      'WRITE',
    );
    const existing = await db.run("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'entity_names' RETURN name", {}, 'READ');
    if (existing.records.length === 0) {
      await db.run('CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]', {}, 'WRITE');
      createdIndex = true;
    }
    await db.run('CALL db.awaitIndexes(60)', {}, 'READ');
    const rows = await db.run("MATCH (n:GraphProbe) WHERE n.key STARTS WITH 'gprobe-' RETURN n.key AS key, elementId(n) AS id", {}, 'READ');
    for (const r of rows.records) ids[r.get('key') as string] = r.get('id') as string;
    server = await startTestServer({ db, config: testConfig() });
  });

  afterAll(async () => {
    await server?.close();
    await db.run('MATCH (n:GraphProbe) DETACH DELETE n', {}, 'WRITE');
    if (createdIndex) await db.run('DROP INDEX entity_names IF EXISTS', {}, 'WRITE');
    await db.close();
  });

  describe('GET /api/overview', () => {
    it('shows the knowledge, not the evidence scaffolding, and names the focus', async () => {
      const { status, body } = await get<OverviewResponse>('/api/overview?limit=5000');
      expect(status).toBe(200);
      expect(body.focus).toBe('Entity');
      const keys = body.nodes.map((n) => n.properties.key);
      expect(keys).toEqual(expect.arrayContaining(['gprobe-co', 'gprobe-tube', 'gprobe-pat']));
      expect(body.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
      expect(body.relationships.some((r) => r.type === 'MENTIONED_IN' || r.type === 'HAS_SENTENCE')).toBe(false);
      expect(body.relationships.some((r) => r.type === 'OWNS' && r.start === ids['gprobe-co'] && r.end === ids['gprobe-tube'])).toBe(true);
      expect(body.totalNodes).toBeGreaterThanOrEqual(34);
    });

    it('keeps to the limit and says how many nodes there are', async () => {
      const { body } = await get<OverviewResponse>('/api/overview?limit=3');
      expect(body.nodes).toHaveLength(3);
      expect(body.totalNodes).toBeGreaterThan(3);
      const shown = new Set(body.nodes.map((n) => n.id));
      expect(body.relationships.every((r) => shown.has(r.start) && shown.has(r.end))).toBe(true);
      // Exactly the relationships among the shown nodes (so the check above cannot pass on a list emptied by mistake).
      const full = (await get<OverviewResponse>('/api/overview?limit=5000')).body;
      const among = full.relationships.filter((r) => shown.has(r.start) && shown.has(r.end)).map((r) => r.id);
      expect(body.relationships.map((r) => r.id).sort()).toEqual(among.sort());
    });

    it('filters by label, and refuses labels, limits and parameters it does not know', async () => {
      const { body } = await get<OverviewResponse>('/api/overview?labels=Person&limit=5000');
      expect(body.nodes.length).toBeGreaterThan(0);
      expect(body.nodes.every((n) => n.labels.includes('Person'))).toBe(true);
      expect(await errorCode('/api/overview?labels=NoSuchLabel')).toEqual({ status: 400, code: 'UNKNOWN_LABEL' });
      expect(await errorCode('/api/overview?limit=0')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/overview?limit=abc')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/overview?colour=red')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });
  });

  describe('GET /api/search', () => {
    const firstKey = async (q: string) => (await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`)).body.hits[0]?.key;

    it('finds by name in any case, by Latin and Chinese alias, and names the alias that matched', async () => {
      expect(await firstKey('probeco holdings')).toBe('gprobe-co');
      expect(await firstKey('PROBETUBE')).toBe('gprobe-tube');
      const chinese = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('探针视频')}`);
      expect(chinese.body.hits[0]).toMatchObject({ key: 'gprobe-tube', caption: 'Probetube', matched: '探针视频', labels: expect.arrayContaining(['Product']) });
      expect(await firstKey('探针集团')).toBe('gprobe-co');
    });

    it('forgives a small typo', async () => {
      expect(await firstKey('Probetbe')).toBe('gprobe-tube');
      expect(await firstKey('Rivalprobr')).toBe('gprobe-rival');
    });

    it('never offers evidence nodes, answers an empty query with nothing, and validates', async () => {
      const { body } = await get<SearchResponse>('/api/search?q=Probe&limit=50');
      expect(body.hits.length).toBeGreaterThan(3);
      expect(body.hits.every((h) => h.labels.includes('Entity'))).toBe(true);
      expect((await get<SearchResponse>('/api/search?q=%20')).body.hits).toEqual([]);
      expect(await errorCode('/api/search')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/search?q=x&limit=500')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/search?q=x&labels=Nope')).toEqual({ status: 400, code: 'UNKNOWN_LABEL' });
    });

    it('treats Lucene syntax in the query as plain text', async () => {
      const { status } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent('probe" OR name:*) AND [')}`);
      expect(status).toBe(200);
    });
  });

  describe('GET /api/nodes', () => {
    it('gives labels, properties, relationships with their evidence, mentions and counts per type and direction', async () => {
      const { status, body } = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(ids['gprobe-tube']!)}`);
      expect(status).toBe(200);
      expect(body.node.labels).toEqual(expect.arrayContaining(['Entity', 'Product']));
      expect(body.node.properties.name).toBe('Probetube');
      const owner = body.relationships.find((r) => r.relationship.type === 'OWNS');
      expect(owner).toMatchObject({ direction: 'in', other: { properties: { name: 'Probeco Holdings' } } });
      const { evidence_start, evidence_end, evidence_quote } = owner!.relationship.properties as Record<string, number | string>;
      expect(TEXT.slice(evidence_start as number, evidence_end as number)).toBe(evidence_quote);
      expect(body.mentions).toEqual([{ document: 'gprobe-doc', index: 0, start: S0.start, end: S0.end, text: TEXT.slice(S0.start, S0.end) }]);
      expect(body.counts).toEqual([{ type: 'OWNS', direction: 'in', count: 1 }]);
    });

    it('finds a node by its key, and answers 404 for one that does not exist', async () => {
      const { body } = await get<NodeDetailsResponse>('/api/nodes?key=gprobe-co');
      expect(body.node.id).toBe(ids['gprobe-co']);
      expect(body.counts).toEqual(
        expect.arrayContaining([
          { type: 'OWNS', direction: 'out', count: 31 },
          { type: 'LEADS', direction: 'in', count: 1 },
          { type: 'COMPETES_WITH', direction: 'out', count: 1 },
        ]),
      );
      expect(body.relationships.length).toBeGreaterThan(0);
      expect(body.relationships.every((r) => r.other.labels.includes('Entity'))).toBe(true);
      expect(await errorCode('/api/nodes?key=gprobe-none')).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(await errorCode('/api/nodes/4:00000000-0000-0000-0000-000000000000:999999')).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(await errorCode('/api/nodes?key=')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });
  });

  describe('GET /api/neighbours', () => {
    it('expands by type and direction, one page at a time, saying how many remain', async () => {
      const co = encodeURIComponent(ids['gprobe-co']!);
      const first = await get<NeighboursResponse>(`/api/neighbours?id=${co}&type=OWNS&direction=out&limit=10`);
      expect(first.status).toBe(200);
      const neighbours = first.body.nodes.filter((n) => n.id !== ids['gprobe-co']);
      expect(neighbours).toHaveLength(10);
      expect(first.body).toMatchObject({ total: 31, remaining: 21, skip: 0, limit: 10 });
      expect(first.body.relationships.length).toBeGreaterThanOrEqual(neighbours.length);
      expect(first.body.relationships.every((r) => r.type === 'OWNS' && r.start === ids['gprobe-co'])).toBe(true);
      const second = await get<NeighboursResponse>(`/api/neighbours?id=${co}&type=OWNS&direction=out&limit=10&skip=10`);
      const secondIds = second.body.nodes.filter((n) => n.id !== ids['gprobe-co']).map((n) => n.id);
      expect(secondIds.some((id) => neighbours.some((n) => n.id === id))).toBe(false);
      expect(second.body.remaining).toBe(11);
      const incoming = await get<NeighboursResponse>(`/api/neighbours?id=${co}&direction=in`);
      expect(incoming.body.nodes.map((n: GraphNode) => n.properties.key).sort()).toEqual(['gprobe-co', 'gprobe-pat']);
    });

    it('refuses unknown types and bad directions, and answers 404 for a missing node', async () => {
      const co = encodeURIComponent(ids['gprobe-co']!);
      expect(await errorCode(`/api/neighbours?id=${co}&type=NO_SUCH_TYPE`)).toEqual({ status: 400, code: 'UNKNOWN_RELATIONSHIP_TYPE' });
      expect(await errorCode(`/api/neighbours?id=${co}&direction=sideways`)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode(`/api/neighbours?id=${co}&limit=100000`)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/neighbours')).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(await errorCode('/api/neighbours?id=4:00000000-0000-0000-0000-000000000000:999999')).toEqual({ status: 404, code: 'NOT_FOUND' });
    });

    it('tells a node without neighbours (200, none) from a missing node (404)', async () => {
      const created = await db.run("CREATE (n:Entity:Product:GraphProbe {key: 'gprobe-alone', name: 'Probe alone', aliases: []}) RETURN elementId(n) AS id", {}, 'WRITE');
      const alone = encodeURIComponent(created.records[0]!.get('id') as string);
      const { status, body } = await get<NeighboursResponse>(`/api/neighbours?id=${alone}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ total: 0, remaining: 0, relationships: [] });
      expect(body.nodes.filter((n) => n.properties.key !== 'gprobe-alone')).toEqual([]);
      await db.run("MATCH (n:GraphProbe {key: 'gprobe-alone'}) DELETE n", {}, 'WRITE');
      expect(await errorCode(`/api/neighbours?id=${alone}`)).toEqual({ status: 404, code: 'NOT_FOUND' });
    });

    it('accepts a relationship type created after the server cached the schema', async () => {
      const co = encodeURIComponent(ids['gprobe-co']!);
      expect(await errorCode(`/api/neighbours?id=${co}&type=GPROBE_FRESH_LINK`)).toEqual({ status: 400, code: 'UNKNOWN_RELATIONSHIP_TYPE' });
      await db.run("MATCH (a:GraphProbe {key: 'gprobe-co'}), (b:GraphProbe {key: 'gprobe-rival'}) CREATE (a)-[:GPROBE_FRESH_LINK]->(b)", {}, 'WRITE');
      const fresh = await get<NeighboursResponse>(`/api/neighbours?id=${co}&type=GPROBE_FRESH_LINK`);
      expect(fresh.status).toBe(200);
      expect(fresh.body.nodes.map((n) => n.properties.key).sort()).toEqual(['gprobe-co', 'gprobe-rival']);
    });
  });

  describe('POST /api/connections', () => {
    it('returns the relationships between arriving nodes and those on the page', async () => {
      const response = await fetch(`${server.url}/api/connections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: [ids['gprobe-pat']], among: [ids['gprobe-co'], ids['gprobe-tube']] }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { relationships: { type: string }[] };
      expect(body.relationships.map((r) => r.type)).toEqual(['LEADS']);
      const bad = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: [] }) };
      expect(await errorCode('/api/connections', bad)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });
  });

  describe('GET /api/paths', () => {
    it('returns every shortest path between two entities, through entities only', async () => {
      const from = encodeURIComponent(ids['gprobe-pat']!);
      const to = encodeURIComponent(ids['gprobe-tube']!);
      const { status, body } = await get<PathsResponse>(`/api/paths?from=${from}&to=${to}`);
      expect(status).toBe(200);
      expect(body.length).toBe(2);
      expect(body.paths).toEqual([{ nodes: [ids['gprobe-pat'], ids['gprobe-co'], ids['gprobe-tube']], relationships: expect.any(Array) }]);
      expect(body.relationships.map((r) => r.type).sort()).toEqual(['LEADS', 'OWNS']);
      expect(body.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
    });

    it('can be limited to types, and refuses the same node twice and unknown types', async () => {
      const from = encodeURIComponent(ids['gprobe-pat']!);
      const to = encodeURIComponent(ids['gprobe-tube']!);
      const onlyOwns = await get<PathsResponse>(`/api/paths?from=${from}&to=${to}&types=OWNS`);
      expect(onlyOwns.body.paths).toEqual([]);
      expect(onlyOwns.body.length).toBeNull();
      expect(await errorCode(`/api/paths?from=${from}&to=${from}`)).toEqual({ status: 400, code: 'BAD_REQUEST' });
      expect(await errorCode(`/api/paths?from=${from}&to=${to}&types=NOPE`)).toEqual({ status: 400, code: 'UNKNOWN_RELATIONSHIP_TYPE' });
      expect(await errorCode(`/api/paths?from=${from}`)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      const missing = encodeURIComponent('4:00000000-0000-0000-0000-000000000000:999999');
      expect(await errorCode(`/api/paths?from=${from}&to=${missing}`)).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(await errorCode(`/api/paths?from=${missing}&to=${to}`)).toEqual({ status: 404, code: 'NOT_FOUND' });
    });
  });

  describe('GET /api/documents/:key', () => {
    it('gives the article text in which the evidence offsets point', async () => {
      const { status, body } = await get<{ text: string; title: string }>('/api/documents/gprobe-doc');
      expect(status).toBe(200);
      expect(body.title).toBe('Probe article');
      expect(body.text.slice(S1.start, S1.end)).toBe('Pat Probe leads Probeco Holdings.');
      expect(await errorCode('/api/documents/gprobe-missing')).toEqual({ status: 404, code: 'NOT_FOUND' });
    });
  });
});
