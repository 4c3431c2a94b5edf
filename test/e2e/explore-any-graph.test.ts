// The explore page on graphs that are not ours, in Debian's chromium, by accessible names: a Northwind-shaped shop
// and Les Misérables (test/helpers/foreignGraphs.ts) in a DBMS of this file's own, plus a warehouse with 200 items.
// Captions are the server's per label (productName, companyName, "Todd Hamilton") on the canvas and in Details;
// search finds a node by each identifying property and each option says label and detail; the person changes a
// label's caption and it holds everywhere, in the address and after a reload; expand, Connect and Ask; the console
// shows captions in its table and keeps db.schema.visualization()'s virtual nodes off the canvas; after expanding
// 200 neighbours no drawn label covers another; Fit to screen frames every node. Screenshots go to test/artifacts/.
// On a machine too loaded to start a JVM in time, ANYGRAPH_EMPTY_NEO4J_URI may name an EMPTY local DBMS to use
// instead (the file refuses one that holds anything, and empties it afterwards).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { parseConfig } from '../../server/config.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { loadMiserables, loadShop, SHOP_CUSTOMERS, SHOP_PEOPLE, SHOP_PRODUCTS, startForeignDbms, type ForeignDbms } from '../helpers/foreignGraphs.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 150 });
// The page's status line (the console's "Running…" is a status too, once the console is open).
const nodeCount = async (page: Page) => Number(await page.getByRole('status').first().getAttribute('data-nodes'));

const HUB = 'Central Warehouse';

/** This file's own DBMS: a fresh one, or the empty one named by ANYGRAPH_EMPTY_NEO4J_URI. */
async function foreignDbms(): Promise<ForeignDbms> {
  const uri = process.env.ANYGRAPH_EMPTY_NEO4J_URI;
  if (!uri) return startForeignDbms('anygraph-page');
  const connect = () => new Database(createDriver(uri, 'neo4j', ''));
  const db = connect();
  const count = Number((await db.run<{ n: bigint }>('MATCH (n) RETURN count(n) AS n', {}, 'READ')).records[0]!.get('n'));
  if (count > 0) throw new Error(`ANYGRAPH_EMPTY_NEO4J_URI names a DBMS with ${count} nodes: this test writes only into an empty one.`);
  return {
    uri,
    db,
    connect,
    stop: async () => {
      await db.run('MATCH (n) DETACH DELETE n', {}, 'WRITE').catch(() => undefined);
      await db.close();
    },
  };
}
const ITEM_WORDS = ['Hex bolt', 'Copper washer', 'Hinge', 'Spring clip', 'Brass fitting', 'Rubber gasket', 'Steel bracket', 'Cable tie'];

/** A warehouse that stocks 200 items, each with a caption of 14 to 30 characters. */
async function loadWarehouse(foreign: ForeignDbms): Promise<void> {
  await foreign.db.run(
    `CREATE (w:Warehouse {name: $hub})
     WITH w UNWIND range(1, 200) AS i
     CREATE (w)-[:STOCKS]->(:Item {name: $words[i % size($words)] + ' no. ' + i + CASE WHEN i % 3 = 0 THEN ', large' ELSE '' END, sku: 'SKU-' + i})`,
    { hub: HUB, words: ITEM_WORDS },
    'WRITE',
  );
}

interface DrawnLabel {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The node labels the page draws in its next frame, read from the labels canvas itself (every fillText with its
 * measured width), so the check does not rely on the page's own bookkeeping.
 */
function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const renderer = (window as unknown as { __explorer: { renderer: { getCanvases(): Record<string, HTMLCanvasElement>; refresh(): void } } }).__explorer.renderer;
    const context = renderer.getCanvases().labels!.getContext('2d')!;
    const labels: { text: string; x0: number; y0: number; x1: number; y1: number }[] = [];
    const original = context.fillText;
    context.fillText = function (text: string, x: number, y: number) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(context.font)?.[1] ?? 14);
      labels.push({ text, x0: x, x1: x + context.measureText(text).width, y0: y - size * 0.8, y1: y + size * 0.25 });
      return original.call(context, text, x, y);
    };
    try {
      renderer.refresh();
    } finally {
      context.fillText = original;
    }
    return labels;
  });
}

function overlappingPairs(labels: DrawnLabel[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push([a.text, b.text]);
    }
  }
  return pairs;
}

/** Every node's place on screen, and the canvas size. */
function screenPositions(page: Page): Promise<{ width: number; height: number; points: { id: string; x: number; y: number }[] }> {
  return page.evaluate(() => {
    const e = (window as unknown as {
      __explorer: {
        graph: { nodes(): string[] };
        renderer: { getDimensions(): { width: number; height: number }; getNodeDisplayData(id: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } };
      };
    }).__explorer;
    const points = e.graph.nodes().map((id) => ({ id, ...e.renderer.framedGraphToViewport(e.renderer.getNodeDisplayData(id)!) }));
    return { ...e.renderer.getDimensions(), points };
  });
}

/** The ids of nodes whose centre is outside the canvas. */
function offScreen(screen: Awaited<ReturnType<typeof screenPositions>>): string[] {
  return screen.points.filter((p) => p.x < 0 || p.y < 0 || p.x > screen.width || p.y > screen.height).map((p) => p.id);
}

describe('explore graphs that are not ours: a shop, Les Misérables and a 200-item warehouse', () => {
  let foreign: ForeignDbms;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const apiNodeRequests: string[] = [];

  const search = () => page.getByRole('combobox', { name: 'Search entities' });
  const details = () => page.getByRole('region', { name: 'Details' });
  const heading = () => details().getByRole('heading', { level: 2 }).textContent();
  const open = async (query: string, option: RegExp) => {
    await search().fill(query);
    await page.getByRole('option', { name: option }).first().click();
  };
  const waitReady = () => page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });

  beforeAll(async () => {
    foreign = await foreignDbms();
    await loadShop(foreign.db);
    await loadMiserables(foreign.db);
    await loadWarehouse(foreign);
    // This file's own DBMS only: it needs neither the seed's nor the Movies DBMS.
    const config = parseConfig({ NEO4J_URI: foreign.uri, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '2000' });
    server = await startTestServer({ db: foreign.connect(), config });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    errors = watchPageErrors(page);
    page.on('request', (request) => {
      const match = /\/api\/nodes\/([^?]+)/.exec(request.url());
      if (match) apiNodeRequests.push(decodeURIComponent(match[1]!));
    });
    await page.goto(server.url);
    await waitReady();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await foreign?.stop();
  });

  it('names shop nodes by their caption on the canvas and in Details, and finds them by each identifying property', async () => {
    const product = SHOP_PRODUCTS[0]!;
    const customer = SHOP_CUSTOMERS[0]!;
    const todd = SHOP_PEOPLE[0]!;
    // Each identifying property finds its node; each option shows the caption, the label and a detail.
    const lookups: [string, RegExp][] = [
      [product.productName, new RegExp(`^${product.productName}.*Product`)],
      [customer.customerID, new RegExp(`^${customer.companyName}.*Customer`)],
      [customer.companyName, new RegExp(`^${customer.companyName}.*Customer`)],
      [customer.address, new RegExp(`^${customer.companyName}`)],
      [customer.postalCode, new RegExp(`^${customer.companyName}`)],
      [customer.phone, new RegExp(`^${customer.companyName}`)],
      [`${todd.name} ${todd.surname}`, /^Todd Hamilton.*Person/],
      [todd.email, /^Todd Hamilton/],
    ];
    for (const [query, option] of lookups) {
      await search().fill(query);
      await expect.poll(() => page.getByRole('option', { name: option }).count(), { timeout: 30_000, message: `search "${query}"` }).toBeGreaterThan(0);
    }
    // Two Todds: the options differ visibly, by their caption and by a detail.
    await search().fill('Todd');
    const todds = page.getByRole('option', { name: /^Todd/ });
    await poll(() => todds.count()).toBeGreaterThanOrEqual(2);
    const texts = await todds.allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    await saveScreenshot(page, 'anygraph-01-search-todd');

    await open(product.productName, new RegExp(`^${product.productName}`));
    await poll(heading).toBe(product.productName);
    // On the canvas: the selected node's label is drawn with its caption.
    await poll(async () => (await drawnLabels(page)).some((l) => l.text.startsWith(product.productName.slice(0, 20)))).toBe(true);
    expect(await details().getByRole('list', { name: `Relationships of ${product.productName}` }).textContent()).toMatch(/SUPPLIES|PART_OF/);
    await saveScreenshot(page, 'anygraph-02-product-details');
  });

  it("changes a label's caption in the page: canvas, Details, console, the address and a reload all follow", async () => {
    const product = SHOP_PRODUCTS[0]!;
    const choice = page.getByRole('combobox', { name: 'Caption of Product' });
    await poll(() => choice.count()).toBe(1);
    expect(await choice.locator('option').first().textContent()).toMatch(/^Automatic: productName/);
    await choice.selectOption('quantityPerUnit');
    await poll(heading).toBe(product.quantityPerUnit);
    expect(new URL(page.url()).searchParams.get('cap')).toBe('Product~quantityPerUnit');
    await poll(async () => (await drawnLabels(page)).some((l) => l.text.startsWith(product.quantityPerUnit))).toBe(true);

    // The console's table names nodes the same way.
    await page.getByRole('tab', { name: 'Console' }).click();
    await runConsole(page, `MATCH (p:Product {productID: ${product.productID}}) RETURN p`);
    await poll(() => page.getByRole('table', { name: 'Result table' }).getByRole('cell').first().textContent()).toBe(`(:Product "${product.quantityPerUnit}")`);

    // A reload keeps the choice (address); a fresh visit without it keeps it too (browser storage).
    await page.reload();
    await waitReady();
    expect(await page.getByRole('combobox', { name: 'Caption of Product' }).inputValue()).toBe('quantityPerUnit');
    await page.goto(server.url);
    await waitReady();
    expect(await page.getByRole('combobox', { name: 'Caption of Product' }).inputValue()).toBe('quantityPerUnit');
    await page.getByRole('combobox', { name: 'Caption of Product' }).selectOption('');
    expect(new URL(page.url()).searchParams.get('cap')).toBeNull();
    await open(product.productName, new RegExp(`^${product.productName}`));
    await poll(heading).toBe(product.productName);
  });

  it('expands a customer to its orders and connects Todd Hamilton to a product, in captions', async () => {
    const customer = SHOP_CUSTOMERS[0]!;
    await open(customer.customerID, new RegExp(`^${customer.companyName}`));
    await poll(heading).toBe(customer.companyName);
    await details().getByRole('button', { name: 'Dismiss others' }).click();
    await poll(() => nodeCount(page)).toBe(1);
    await details().getByRole('button', { name: 'Expand…' }).click();
    await page.getByRole('menu', { name: `Expand ${customer.companyName}` }).getByRole('menuitem', { name: /PURCHASED → outgoing: \d+/ }).click();
    await poll(() => nodeCount(page)).toBeGreaterThan(1);
    // Orders are named by the server's caption rule, never by a bare label.
    const orders = await page.evaluate(() => {
      const graph = (window as unknown as { __explorer: { graph: { filterNodes(f: (id: string, a: { labels: string[] }) => boolean): string[]; getNodeAttribute(id: string, k: string): string } } }).__explorer.graph;
      return graph.filterNodes((_, a) => a.labels.includes('Order')).map((id) => graph.getNodeAttribute(id, 'label'));
    });
    expect(orders.length).toBeGreaterThan(0);
    for (const caption of orders) expect(caption).not.toBe('Order');

    const product = SHOP_PRODUCTS[0]!;
    await page.getByRole('combobox', { name: 'Path from' }).fill('Todd Hamilton');
    await page.getByRole('option', { name: /^Todd Hamilton/ }).first().click();
    await page.getByRole('combobox', { name: 'Path to' }).fill(product.productName);
    await page.getByRole('option', { name: new RegExp(`^${product.productName}`) }).first().click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await poll(() => page.locator('#connect').textContent()).toMatch(/\d+ shortest paths? drawn and highlighted/);
    expect(await page.locator('#announcer').textContent()).toContain(`between Todd Hamilton and ${product.productName}`);
    await saveScreenshot(page, 'anygraph-03-path');
  });

  it('keeps db.schema.visualization() apart from the canvas and never asks the API for its ids', async () => {
    const before = await nodeCount(page);
    await page.getByRole('tab', { name: 'Console' }).click();
    const requestsBefore = apiNodeRequests.length;
    const responded = page.waitForResponse((r) => r.url().endsWith('/api/cypher'));
    await runConsole(page, 'CALL db.schema.visualization()');
    const body = await (await responded).json();
    expect(body.virtual?.nodes.length).toBeGreaterThan(0);
    const results = page.getByRole('region', { name: 'Query results' });
    await results.getByRole('tab', { name: 'Schema picture' }).click();
    await poll(() => results.getByRole('list', { name: 'Virtual nodes' }).getByRole('listitem').count()).toBe(body.virtual.nodes.length);
    expect(await results.getByRole('img', { name: /Schema picture/ }).count()).toBe(1);
    await saveScreenshot(page, 'anygraph-04-schema-picture');
    expect(await nodeCount(page)).toBe(before);
    const virtualIds = new Set((body.virtual.nodes as { id: string }[]).map((n) => n.id));
    expect(apiNodeRequests.slice(requestsBefore).filter((id) => virtualIds.has(id))).toEqual([]);
    // The legend counts only real labels: no "of" count above the database's.
    for (const text of await page.getByRole('list', { name: 'Labels' }).getByRole('button').allTextContents()) {
      const m = /(\d+) of (\d+)/.exec(text);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
    }
  });

  it('Les Misérables: search, Details, expand, Connect and Ask by character names', async () => {
    await open('Valjean', /^Valjean/);
    await poll(heading).toBe('Valjean');
    expect(await details().getByRole('list', { name: 'Relationships of Valjean' }).textContent()).toContain('APPEARS_WITH');
    await details().getByRole('button', { name: 'Dismiss others' }).click();
    await poll(() => nodeCount(page)).toBe(1);
    await details().getByRole('button', { name: 'Expand…' }).click();
    await page.getByRole('menu', { name: 'Expand Valjean' }).getByRole('menuitem', { name: /^All neighbours/ }).click();
    await poll(() => nodeCount(page)).toBeGreaterThan(10);

    await page.getByRole('combobox', { name: 'Path from' }).fill('Napoleon');
    await page.getByRole('option', { name: /^Napoleon/ }).first().click();
    await page.getByRole('combobox', { name: 'Path to' }).fill('Cosette');
    await page.getByRole('option', { name: /^Cosette/ }).first().click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await poll(() => page.locator('#announcer').textContent()).toMatch(/between Napoleon and Cosette/);

    // Ask on an empty canvas: what it brings is placed on the screen, and its entities carry their captions.
    const layout = await screenPositions(page);
    await page.evaluate(() => {
      const e = (window as unknown as { __explorer: { explorer: { dismiss(ids: string[]): void }; graph: { nodes(): string[] } } }).__explorer;
      e.explorer.dismiss(e.graph.nodes());
    });
    await poll(() => nodeCount(page)).toBe(0);
    await page.getByRole('tab', { name: 'Ask' }).click();
    const responded = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await page.getByRole('textbox', { name: 'Ask a question' }).fill('who appears with Javert?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = await (await responded).json();
    const card = page.getByRole('region', { name: 'Answer' });
    await poll(() => card.textContent()).toContain(answer.answer);
    if (answer.subgraph.nodes.length) {
      await poll(() => nodeCount(page)).toBe(answer.subgraph.nodes.length);
      await page.waitForTimeout(500); // the camera's move to frame them
      expect(offScreen(await screenPositions(page))).toEqual([]);
      // Each entity chip is named by its node's caption.
      const nodes = answer.subgraph.nodes as { id: string; caption: string; properties: { key?: string } }[];
      for (const entity of answer.entities as { key: string }[]) {
        const node = nodes.find((n) => n.properties.key === entity.key || n.id === entity.key);
        if (node) expect(await card.getByRole('button', { name: node.caption, exact: true }).count()).toBeGreaterThan(0);
      }
    }
    console.log(`[anygraph] Ask on Les Misérables: "${answer.answer}" (${answer.subgraph.nodes.length} nodes; canvas was ${layout.points.length} nodes before)`);
    await saveScreenshot(page, 'anygraph-05-ask-miserables');
  });

  it('expanding 200 neighbours leaves every drawn label readable, and Fit to screen frames every node', async () => {
    await open(HUB, new RegExp(`^${HUB}`));
    await poll(heading).toBe(HUB);
    await details().getByRole('button', { name: 'Dismiss others' }).click();
    await poll(() => nodeCount(page)).toBe(1);
    for (let page_ = 0; (await nodeCount(page)) < 201 && page_ < 10; page_++) {
      const before = await nodeCount(page);
      await details().getByRole('button', { name: 'Expand…' }).click();
      await page.getByRole('menu', { name: `Expand ${HUB}` }).getByRole('menuitem', { name: /^STOCKS → outgoing/ }).click();
      await poll(() => nodeCount(page)).toBeGreaterThan(before);
    }
    expect(await nodeCount(page)).toBe(201);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(600);
    expect(offScreen(await screenPositions(page))).toEqual([]);
    await page.keyboard.press('Escape');
    const labels = await drawnLabels(page);
    const items = labels.filter((l) => ITEM_WORDS.some((w) => l.text.startsWith(w)));
    console.log(`[anygraph] 200 neighbours: ${items.length} item labels drawn, ${overlappingPairs(labels).length} overlapping pairs`);
    await saveScreenshot(page, 'anygraph-06-200-neighbours');
    expect(overlappingPairs(labels)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
  });
});

async function runConsole(page: Page, query: string): Promise<void> {
  // Typed into the editor itself: keys sent to the page would reach the canvas's shortcuts (Delete dismisses).
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.fill(query);
  await editor.press('Control+Enter');
}
