// The Ask panel in Debian's chromium, by accessible names: ask "who owns Youku?", see Alibaba in the answer
// card with the article's evidence, the answer's subgraph on the canvas and highlighted, and the Cypher opened
// in the console. A question it cannot answer shows suggestions; clicking one asks it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe('the Ask panel in the page', () => {
  const db = mainDatabase();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const answerCard = () => page.getByRole('region', { name: 'Answer' });
  const ask = async (question: string) => {
    await page.getByRole('textbox', { name: 'Ask a question' }).fill(question);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
  };
  const canvasState = (ids: string[]) =>
    page.evaluate((wanted) => {
      const explorer = (window as unknown as { __explorer: { graph: { hasNode(id: string): boolean }; explorer: { state: { highlight: { nodes: string[] } | null } } } }).__explorer;
      return {
        onCanvas: wanted.filter((id) => explorer.graph.hasNode(id)).length,
        highlighted: wanted.filter((id) => explorer.explorer.state.highlight?.nodes.includes(id)).length,
      };
    }, ids);

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = watchPageErrors(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.getByRole('tab', { name: 'Ask' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  });

  it('answers "who owns Youku?" with Alibaba, the evidence, and the subgraph highlighted on the canvas', async () => {
    const responded = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await ask('who owns Youku?');
    const body = await (await responded).json();
    await poll(() => answerCard().textContent()).toContain('Youku is owned by Alibaba');
    await expect(answerCard().getByRole('list', { name: 'Entities' }).getByRole('button', { name: 'Alibaba' }).isVisible()).resolves.toBe(true);
    const evidence = answerCard().getByRole('list', { name: 'Evidence' }).getByRole('listitem');
    await poll(() => evidence.count()).toBeGreaterThan(0);
    await expect(evidence.first().textContent()).resolves.toContain(body.evidence[0].quote);
    await expect(answerCard().getByLabel('Cypher query').textContent()).resolves.toContain('MATCH');
    const ids = (body.subgraph.nodes as { id: string }[]).map((n) => n.id);
    await poll(() => canvasState(ids)).toEqual({ onCanvas: ids.length, highlighted: ids.length });
    await saveScreenshot(page, 'ask-who-owns-youku');
  });

  it('opens the answer\'s Cypher in the console', async () => {
    await answerCard().getByRole('button', { name: 'Open in console' }).click();
    await poll(() => page.getByRole('tab', { name: 'Console' }).getAttribute('aria-selected')).toBe('true');
    await poll(() => page.getByRole('textbox', { name: 'Cypher query' }).textContent()).toContain('OWNS');
    await page.getByRole('tab', { name: 'Ask' }).click();
  });

  it('says when it does not understand, and asks a suggestion when it is clicked', async () => {
    await ask('what colour is the sky?');
    await poll(() => answerCard().textContent()).toContain('did not understand');
    const suggestions = answerCard().getByRole('list', { name: 'Try' }).getByRole('button');
    await poll(() => suggestions.count()).toBeGreaterThan(5);
    const first = (await suggestions.first().textContent())!;
    await suggestions.first().click();
    await poll(() => page.getByRole('textbox', { name: 'Ask a question' }).inputValue()).toBe(first);
    await poll(() => answerCard().textContent()).not.toContain('did not understand');
  });

  it('shows names from the data as text, never as markup', async () => {
    await ask('<img src=x onerror=alert(1)> who owns Youku?');
    await poll(() => answerCard().textContent()).toContain('Alibaba');
    await expect(answerCard().locator('img').count()).resolves.toBe(0);
    expect(errors.join("\n")).toBe("");
  });
});
