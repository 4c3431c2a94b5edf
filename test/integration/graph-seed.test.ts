// The explore endpoints on the real seed graph (the Alibaba article) and on a database the explorer did not
// create (the Movies graph): focus on knowledge on the first, everything on the second.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDetailsResponse, OverviewResponse, PathsResponse, SearchResponse } from '../../server/contract.ts';
import { mainDatabase, moviesDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('explore on the seed graph', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });
  const search = (q: string) => getJson<SearchResponse>(`${server.url}/api/search?q=${encodeURIComponent(q)}`);

  it('opens on the entities only, with the relationships between them', async () => {
    const overview = await getJson<OverviewResponse>(`${server.url}/api/overview`);
    const entities = await db.run('MATCH (n:Entity) RETURN count(n) AS n', {}, 'READ');
    expect(overview.focus).toBe('Entity');
    expect(overview.nodes.length).toBe(Number(entities.records[0]!.get('n')));
    expect(overview.nodes.some((n) => n.labels.includes('Sentence') || n.labels.includes('Document'))).toBe(false);
    expect(overview.relationships.some((r) => r.type === 'MENTIONED_IN')).toBe(false);
    expect(overview.relationships.some((r) => r.type === 'OWNS')).toBe(true);
  });

  it('finds entities by name, Chinese alias, other case and a small typo', async () => {
    expect((await search('Youku')).hits[0]).toMatchObject({ key: 'youku', caption: 'Youku' });
    expect((await search('youku')).hits[0]?.key).toBe('youku');
    expect((await search('优酷')).hits[0]).toMatchObject({ key: 'youku', matched: '优酷' });
    expect((await search('阿里巴巴')).hits[0]?.key).toBe('alibaba');
    expect((await search('Pinduodou')).hits[0]?.key).toBe('pinduoduo');
    expect((await search('jack ma')).hits[0]).toMatchObject({ key: 'ma-yun', matched: 'Jack Ma' });
  });

  it('shows Alibaba as the owner of Youku, with the sentence that says so', async () => {
    const youku = await getJson<NodeDetailsResponse>(`${server.url}/api/nodes?key=youku`);
    const owner = youku.relationships.find((r) => r.relationship.type === 'OWNS' && r.direction === 'in');
    expect(owner?.other.properties.key).toBe('alibaba');
    const p = owner!.relationship.properties as { evidence_document: string; evidence_start: number; evidence_end: number; evidence_quote: string };
    const doc = await getJson<{ text: string }>(`${server.url}/api/documents/${encodeURIComponent(p.evidence_document)}`);
    expect(doc.text.slice(p.evidence_start, p.evidence_end)).toBe(p.evidence_quote);
    expect(p.evidence_quote).toContain('Youku');
    expect(youku.mentions.length).toBeGreaterThan(0);
    expect(youku.counts).toContainEqual({ type: 'OWNS', direction: 'in', count: 1 });
  });

  it('finds the shortest paths between two entities through entities', async () => {
    const youku = await getJson<NodeDetailsResponse>(`${server.url}/api/nodes?key=youku`);
    const pdd = await getJson<NodeDetailsResponse>(`${server.url}/api/nodes?key=pinduoduo`);
    const paths = await getJson<PathsResponse>(`${server.url}/api/paths?from=${encodeURIComponent(youku.node.id)}&to=${encodeURIComponent(pdd.node.id)}`);
    expect(paths.paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths.paths) {
      expect(path.nodes[0]).toBe(youku.node.id);
      expect(path.nodes[path.nodes.length - 1]).toBe(pdd.node.id);
      expect(path.relationships).toHaveLength(paths.length!);
    }
    expect(paths.nodes.length).toBeGreaterThanOrEqual(3);
    expect(paths.nodes.every((n) => n.labels.includes('Entity'))).toBe(true);
  });
});

describe('explore on the Movies graph (a database the explorer did not create)', () => {
  const db = moviesDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('shows every node, searches titles and names, and expands', async () => {
    const overview = await getJson<OverviewResponse>(`${server.url}/api/overview`);
    expect(overview.focus).toBeNull();
    const labels = new Set(overview.nodes.flatMap((n) => n.labels));
    expect([...labels].sort()).toEqual(['Movie', 'Person']);
    const matrix = await getJson<SearchResponse>(`${server.url}/api/search?q=matrix`);
    expect(matrix.hits.map((h) => h.caption)).toEqual(expect.arrayContaining(['The Matrix', 'The Matrix Reloaded']));
    const keanu = (await getJson<SearchResponse>(`${server.url}/api/search?q=keanu`)).hits[0]!;
    expect(keanu).toMatchObject({ caption: 'Keanu Reeves', key: null });
    const details = await getJson<NodeDetailsResponse>(`${server.url}/api/nodes/${encodeURIComponent(keanu.id)}`);
    expect(details.counts.find((c) => c.type === 'ACTED_IN')?.count).toBeGreaterThan(3);
    expect(details.mentions).toEqual([]);
    const response = await fetch(`${server.url}/api/documents/anything`);
    expect(response.status).toBe(404);
  });
});
