// Names and properties from the data are always shown as text: an entity whose name, alias and description are
// markup goes through search, Details, Ask and the console in Chromium, and nothing in it runs or becomes an element.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const NAME = '<img src=x onerror="window.__xss=(window.__xss||0)+1">Xss Probe';
const ALIAS = 'Xssprobe Holdings<script>window.__xss=1</script>';
const DESCRIPTION = '<svg onload="window.__xss=1"></svg><a href="javascript:window.__xss=1">click</a>';

describe('markup in the data stays text', () => {
  const db = mainDatabase();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });

  const injected = () =>
    page.evaluate(() => ({
      ran: (window as unknown as { __xss?: number }).__xss ?? 0,
      images: document.querySelectorAll('img[src="x"]').length,
      svgs: [...document.querySelectorAll('svg')].filter((svg) => svg.getAttribute('onload')).length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
      links: document.querySelectorAll('a[href^="javascript:"]').length,
    }));

  beforeAll(async () => {
    await db.run(
      `CREATE (:Entity:Company {key: 'xss-probe', name: $name, aliases: [$alias, 'Xssprobe'], description: $description, note: $description})`,
      { name: NAME, alias: ALIAS, description: DESCRIPTION },
      'WRITE',
    );
    server = await startTestServer({ db, config: testConfig() });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.run("MATCH (n:Entity {key: 'xss-probe'}) DETACH DELETE n", {}, 'WRITE');
    await db.close();
  });

  it('search and Details show the markup as text', async () => {
    await page.goto(server.url);
    await poll(async () => Number(await page.getByRole('status').getAttribute('data-nodes'))).toBeGreaterThan(0);
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Xssprobe');
    const option = page.getByRole('option', { name: /Xss Probe/ });
    await option.first().waitFor({ timeout: 20_000 });
    expect(await option.first().textContent()).toContain('<img src=x');
    await option.first().click();
    const details = page.getByRole('region', { name: 'Details' });
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(NAME);
    expect(await details.textContent()).toContain('<svg onload=');
    await saveScreenshot(page, 'xss-details');
    expect(await injected()).toEqual({ ran: 0, images: 0, svgs: 0, scripts: 0, links: 0 });
  });

  it('Ask and the console show it as text too', async () => {
    await page.getByRole('tab', { name: 'Ask' }).click();
    await page.getByRole('textbox', { name: 'Ask a question' }).fill('what do we know about Xssprobe?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = page.getByRole('region', { name: 'Answer' });
    await poll(() => answer.textContent()).toContain('<img src=x');

    await page.getByRole('tab', { name: 'Console' }).click();
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText("MATCH (n:Entity {key: 'xss-probe'}) RETURN n.name AS name, n.description AS description, n");
    await page.getByRole('button', { name: 'Run query' }).click();
    const table = page.getByRole('region', { name: 'Query results' }).getByRole('table', { name: 'Result table' });
    await poll(() => table.getByRole('cell').first().textContent()).toBe(NAME);
    await saveScreenshot(page, 'xss-console');
    expect(await injected()).toEqual({ ran: 0, images: 0, svgs: 0, scripts: 0, links: 0 });
    expect(errors).toEqual([]);
  });
});
