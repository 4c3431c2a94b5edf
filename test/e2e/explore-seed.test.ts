// The explore page on the seed graph in Debian's chromium, driven as a person would, through accessible names:
// open → search "Youku" → Details shows Alibaba as owner with the sentence in the article → dismiss others →
// expand by type → undo/redo → path between two entities → reload keeps the view and the positions.
// Screenshots of each step go to test/artifacts/.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { countInkPixels } from '../helpers/pixels.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** expect.poll with a timeout that suits a shared, slow machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const nodeCount = async (page: Page) => Number(await page.getByRole('status').getAttribute('data-nodes'));
const positions = (page: Page) =>
  page.evaluate(() => {
    const graph = (window as unknown as { __explorer: { graph: { forEachNode(f: (id: string, a: { ref: string; x: number; y: number }) => void): void } } }).__explorer.graph;
    const out: Record<string, [number, number]> = {};
    graph.forEachNode((_, a) => (out[a.ref] = [a.x, a.y]));
    return out;
  });

describe('explore the seed graph in the browser', () => {
  const db = mainDatabase();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let openingWidth = 0;

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = watchPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  });

  it('opens on the whole seed graph with a legend of labels and types with counts, without CSP violations', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const entities = Number((await db.run('MATCH (n:Entity) RETURN count(n) AS n', {}, 'READ')).records[0]!.get('n'));
    expect(await nodeCount(page)).toBe(entities);
    const labels = page.getByRole('list', { name: 'Labels' });
    await poll(() => labels.getByRole('button').count()).toBeGreaterThanOrEqual(5);
    const company = labels.getByRole('button', { name: /Company/ });
    expect(await company.getAttribute('aria-pressed')).toBe('true');
    expect(await company.textContent()).toMatch(/\d+ of \d+/);
    await expect.poll(() => countInkPixels(page, '#graph'), { timeout: 20_000 }).toBeGreaterThan(500);
    await saveScreenshot(page, 'explore-01-start');
    const opening = Object.values(await positions(page));
    openingWidth = Math.max(...opening.map(([x]) => x)) - Math.min(...opening.map(([x]) => x));

    await company.click();
    expect(await company.getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).toContain('hl=Company');
    await saveScreenshot(page, 'explore-02-legend-hides-companies');
    await company.click();
    expect(await company.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('status').getAttribute('data-hidden')).toBe('0');

    // The timeline: moving its start to the last date hides every earlier dated event.
    const events = Number((await db.run('MATCH (n:Event) WHERE n.date IS NOT NULL RETURN count(DISTINCT n.date) AS n', {}, 'READ')).records[0]!.get('n'));
    const start = page.getByRole('slider', { name: 'Timeline start' });
    await start.focus();
    await page.keyboard.press('End');
    await poll(async () => Number(await page.getByRole('status').getAttribute('data-hidden'))).toBeGreaterThanOrEqual(events - 1);
    expect(page.url()).toMatch(/df=\d{4}-\d{2}-\d{2}/);
    await saveScreenshot(page, 'explore-02b-timeline');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await poll(() => page.getByRole('status').getAttribute('data-hidden')).toBe('0');
    console.log(`[explore] opening picture of the seed graph drawn ${await page.evaluate(() => (window as unknown as { __explorer: { firstFrameMs: number } }).__explorer.firstFrameMs)} ms after navigation start`);
    expect(errors).toEqual([]);
  });

  it('search "Youku" selects it; Details shows Alibaba as owner with the sentence highlighted in the article', async () => {
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('Youku');
    const option = page.getByRole('option', { name: /^Youku/ });
    await option.waitFor({ timeout: 10_000 });
    await saveScreenshot(page, 'explore-03-search-options');
    await option.click();
    const details = page.getByRole('region', { name: 'Details' });
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Youku');
    const relationships = details.getByRole('list', { name: 'Relationships of Youku' });
    const ownerLine = relationships.getByRole('listitem').filter({ hasText: 'OWNS' });
    await ownerLine.first().waitFor();
    expect(await ownerLine.first().textContent()).toMatch(/^Alibaba OWNS Youku/);
    const quote = await ownerLine.first().locator('q').textContent();
    expect(quote).toContain('Youku is now far behind Tencent Video');
    const article = details.getByRole('region', { name: 'Article' });
    await poll(() => article.locator('mark').count()).toBe(1);
    await ownerLine.first().getByRole('button', { name: /Show the evidence for Alibaba OWNS in the article/ }).click();
    await poll(() => article.locator('mark').textContent()).toBe(quote);
    expect(await page.locator('#announcer').textContent()).toContain('Selected Youku');
    expect(page.url()).toContain('sel=youku');
    await saveScreenshot(page, 'explore-04-youku-details');
  });

  it('dismiss others, then expand by type from the menu, with counts before it runs; undo and redo', async () => {
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Dismiss others' }).click();
    await poll(() => nodeCount(page)).toBe(1);
    const expand = details.getByRole('button', { name: 'Expand…' });
    await expand.click();
    const menu = page.getByRole('menu', { name: 'Expand Youku' });
    const owners = menu.getByRole('menuitem', { name: 'OWNS ← incoming: 1' });
    await owners.waitFor();
    expect(await menu.getByRole('menuitem', { name: /COMPETES_WITH → outgoing: 2/ }).count()).toBe(1);
    await saveScreenshot(page, 'explore-05-expand-menu');
    await owners.click();
    await poll(() => nodeCount(page)).toBe(2);
    const before = await positions(page);
    expect(Object.keys(before).sort()).toEqual(['alibaba', 'youku']);
    const [ax, ay] = before['alibaba']!;
    const [yx, yy] = before['youku']!;
    // Next to Youku: closer than a fifth of the opening picture's width (not back where it was before).
    expect(Math.hypot(ax - yx, ay - yy)).toBeLessThan(openingWidth / 5);
    await saveScreenshot(page, 'explore-06-expanded-owner');

    await page.getByRole('button', { name: /Expand…/ }).click();
    await page.getByRole('menuitem', { name: /COMPETES_WITH → outgoing/ }).click();
    await poll(() => nodeCount(page)).toBe(4);
    const afterSecond = await positions(page);
    expect(afterSecond['youku']).toEqual(before['youku']);
    expect(afterSecond['alibaba']).toEqual(before['alibaba']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => nodeCount(page)).toBe(2);
    await saveScreenshot(page, 'explore-07-undone');
    await page.getByRole('button', { name: 'Redo' }).click();
    await poll(() => nodeCount(page)).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => nodeCount(page)).toBe(2);
  });

  it('connects two entities: every shortest path is drawn and highlighted', async () => {
    const from = page.getByRole('combobox', { name: 'Path from' });
    await from.fill('youku');
    await page.getByRole('option', { name: /^Youku/ }).click();
    const to = page.getByRole('combobox', { name: 'Path to' });
    await to.fill('拼多多');
    await page.getByRole('option', { name: /^Pinduoduo/ }).click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect.poll(() => page.locator('#connect').textContent(), { timeout: 15_000 }).toMatch(/\d+ shortest paths? drawn and highlighted/);
    const { highlighted, onPage } = await page.evaluate(() => {
      const e = (window as unknown as { __explorer: { explorer: { state: { highlight: { nodes: string[] } | null } }; graph: { order: number } } }).__explorer;
      return { highlighted: e.explorer.state.highlight?.nodes.length ?? 0, onPage: e.graph.order };
    });
    expect(highlighted).toBeGreaterThanOrEqual(3);
    expect(onPage).toBeGreaterThanOrEqual(highlighted);
    expect(await page.locator('#announcer').textContent()).toMatch(/shortest paths? of \d+ steps? between Youku and Pinduoduo/);
    expect(page.url()).toContain('step=path');
    await saveScreenshot(page, 'explore-08-paths');
  });

  it('runs ForceAtlas2 in a web worker until stopped, and tidies overlaps', async () => {
    const before = await positions(page);
    const start = page.getByRole('button', { name: 'Start layout' });
    await start.click();
    const stop = page.getByRole('button', { name: 'Stop layout' });
    expect(await stop.getAttribute('aria-pressed')).toBe('true');
    await poll(async () => JSON.stringify(await positions(page)) !== JSON.stringify(before)).toBe(true);
    await stop.click();
    expect(await page.getByRole('button', { name: 'Start layout' }).getAttribute('aria-pressed')).toBe('false');
    const stopped = await positions(page);
    await page.waitForTimeout(300);
    expect(await positions(page)).toEqual(stopped);
    await page.getByRole('button', { name: 'Tidy overlaps' }).click();
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    expect(errors).toEqual([]);
  });

  it('reload keeps the view from the URL and every node where it was, also after a drag', async () => {
    const target = await page.evaluate(() => {
      const e = (window as unknown as { __explorer: { renderer: { getNodeDisplayData(id: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } }; graph: { findNode(f: (id: string, a: { ref: string }) => boolean): string } } }).__explorer;
      const id = e.graph.findNode((_, a) => a.ref === 'youku');
      return e.renderer.framedGraphToViewport(e.renderer.getNodeDisplayData(id));
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.mouse.down();
    await page.mouse.move(box.x + target.x + 60, box.y + target.y + 40, { steps: 8 });
    await page.mouse.up();
    const before = await positions(page);
    const url = page.url();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(page.url()).toBe(url);
    const after = await positions(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [ref, [x, y]] of Object.entries(before)) {
      expect(after[ref]![0]).toBeCloseTo(x, 2);
      expect(after[ref]![1]).toBeCloseTo(y, 2);
    }
    const details = page.getByRole('region', { name: 'Details' });
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBeTruthy();
    await saveScreenshot(page, 'explore-09-reloaded');
    expect(errors).toEqual([]);
  });

  it('exports the picture as PNG, GEXF and JSON', async () => {
    const exported = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { file: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
    };
    const png = await exported('Export PNG');
    expect(png.file).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const gexf = await exported('Export GEXF');
    const nodes = await nodeCount(page);
    expect(gexf.bytes.toString('utf8').match(/<node /g)).toHaveLength(nodes);
    const json = JSON.parse((await exported('Export JSON')).bytes.toString('utf8'));
    expect(json.nodes).toHaveLength(nodes);
    expect(json.nodes.some((n: { properties: { key?: string } }) => n.properties.key === 'youku')).toBe(true);
    expect(errors).toEqual([]);
  });
});
