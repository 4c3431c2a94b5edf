// The explore page on a database it did not create (the public Movies graph): labels, types and captions come
// from the schema; search, details and expansion work the same way. Screenshots go to test/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { moviesDatabase, testConfig } from '../helpers/db.ts';
import { countInkPixels } from '../helpers/pixels.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const nodeCount = async (page: Page) => Number(await page.getByRole('status').getAttribute('data-nodes'));

describe('explore the Movies graph in the browser', () => {
  const db = moviesDatabase();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

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

  it('opens on every node, with Movie and Person in the legend and titles or names as captions', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const total = Number((await db.run('MATCH (n) RETURN count(n) AS n', {}, 'READ')).records[0]!.get('n'));
    expect(await nodeCount(page)).toBe(total);
    const labels = page.getByRole('list', { name: 'Labels' });
    expect(await labels.getByRole('button', { name: /Movie/ }).textContent()).toMatch(/\d+ of \d+/);
    expect(await labels.getByRole('button', { name: /Person/ }).count()).toBe(1);
    const types = page.getByRole('list', { name: 'Relationship types' });
    expect(await types.getByRole('button', { name: /ACTED_IN/ }).count()).toBe(1);
    await poll(() => countInkPixels(page, '#graph')).toBeGreaterThan(500);
    await saveScreenshot(page, 'explore-movies-01-start');
  });

  it('searches a person, shows the details, dismisses the others and expands by type', async () => {
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('keanu');
    await page.getByRole('option', { name: /Keanu Reeves/ }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Keanu Reeves');
    expect(await details.getByRole('list', { name: 'Relationships of Keanu Reeves' }).textContent()).toContain('The Matrix');
    await details.getByRole('button', { name: 'Dismiss others' }).click();
    await poll(() => nodeCount(page)).toBe(1);
    await details.getByRole('button', { name: 'Expand…' }).click();
    const acted = page.getByRole('menu', { name: 'Expand Keanu Reeves' }).getByRole('menuitem', { name: /ACTED_IN → outgoing: \d+/ });
    const count = Number(/: (\d+)/.exec((await acted.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(3);
    await acted.click();
    await poll(() => nodeCount(page)).toBe(1 + count);
    await page.getByRole('combobox', { name: 'Colour nodes by' }).selectOption('community');
    await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption('pagerank');
    expect(page.url()).toContain('colour=community');
    await saveScreenshot(page, 'explore-movies-02-keanu-expanded');
    expect(errors).toEqual([]);
  });

  it('finds a movie by its title with its label in the option, connects two people and asks about one, in captions', async () => {
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('The Matrix Reloaded');
    await page.getByRole('option', { name: /^The Matrix Reloaded.*Movie/ }).first().click();
    const details = page.getByRole('region', { name: 'Details' });
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('The Matrix Reloaded');

    await page.getByRole('combobox', { name: 'Path from' }).fill('Keanu Reeves');
    await page.getByRole('option', { name: /^Keanu Reeves/ }).first().click();
    await page.getByRole('combobox', { name: 'Path to' }).fill('Tom Hanks');
    await page.getByRole('option', { name: /^Tom Hanks/ }).first().click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await poll(() => page.locator('#announcer').textContent()).toMatch(/shortest paths? of \d+ steps? between Keanu Reeves and Tom Hanks/);

    await page.getByRole('tab', { name: 'Ask' }).click();
    const responded = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await page.getByRole('textbox', { name: 'Ask a question' }).fill('what do we know about Keanu Reeves?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = await (await responded).json();
    const card = page.getByRole('region', { name: 'Answer' });
    await poll(() => card.textContent()).toContain(answer.answer);
    const entities = card.getByRole('list', { name: 'Entities' });
    // The answer's entities (what is known about Keanu Reeves: his movies and the people around him) are buttons
    // named by their captions, as on the canvas.
    const named = (answer.entities as { name: string }[]).map((entity) => entity.name);
    expect(named.length).toBeGreaterThan(0);
    await poll(() => entities.getByRole('button', { name: named[0], exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'explore-movies-03-path-and-ask');
    expect(errors).toEqual([]);
  });
});
