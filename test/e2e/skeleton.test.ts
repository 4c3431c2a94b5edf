// The page in Debian's chromium: sigma draws the nodes the API returned (the count on the page, a canvas with ink).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { countInkPixels } from '../helpers/pixels.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('the page draws the graph', () => {
  const db = mainDatabase();
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await db.run(
      `UNWIND range(1, 5) AS i
       CREATE (:SkeletonProbe {name: 'probe ' + i, probe: true})`,
      {},
      'WRITE',
    );
    await db.run(`MATCH (a:SkeletonProbe {name: 'probe 1'}), (b:SkeletonProbe) WHERE b <> a CREATE (a)-[:PROBES]->(b)`, {}, 'WRITE');
    server = await startTestServer({ db, config: testConfig() });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.run('MATCH (n:SkeletonProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('shows as many nodes as /api/overview returned, and draws them', async () => {
    const overview = await (await fetch(`${server.url}/api/overview`)).json();
    expect(overview.nodes.length).toBeGreaterThanOrEqual(5);
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = watchPageErrors(page);
    await page.goto(server.url);
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-nodes'), { timeout: 30_000 }).toBe(String(overview.nodes.length));
    await expect.poll(() => countInkPixels(page, '#graph'), { timeout: 30_000 }).toBeGreaterThan(200);
    await saveScreenshot(page, 'skeleton-graph');
    expect(errors).toEqual([]);
  });
});
