// The Cypher console in Debian's chromium, by accessible names: type a query, Ctrl+Enter, see the table and
// the nodes on the canvas; a syntax error is marked in the editor; invalid parameters send nothing; EXPLAIN
// shows the plan; results save as CSV and JSON; history survives a reload; no CSP violation with CodeMirror. Screenshots go to test/artifacts/.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const PROBE_QUERY = 'MATCH (n:ConsoleE2eProbe) RETURN n.name AS name, n ORDER BY name';

describe('the Cypher console in the page', () => {
  const db = mainDatabase();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let cypherRequests = 0;

  const editor = () => page.getByRole('textbox', { name: 'Cypher query' });
  const results = () => page.getByRole('region', { name: 'Query results' });
  const typeQuery = async (text: string) => {
    await editor().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
  };
  const onCanvas = (ids: string[]) =>
    page.evaluate((wanted) => {
      const graph = (window as unknown as { __explorer: { graph: { hasNode(id: string): boolean } } }).__explorer.graph;
      return wanted.filter((id) => graph.hasNode(id)).length;
    }, ids);

  beforeAll(async () => {
    await db.run("CREATE (:ConsoleE2eProbe {name: 'console probe one'})-[:CONSOLE_E2E_LINK]->(:ConsoleE2eProbe {name: 'console probe two'})", {}, 'WRITE');
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20_000);
    errors = watchPageErrors(page);
    page.on('request', (request) => {
      if (request.url().endsWith('/api/cypher') && request.method() === 'POST') cypherRequests++;
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.getByRole('tab', { name: 'Console' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db.run('MATCH (n:ConsoleE2eProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('runs a query with Ctrl+Enter and shows the table, and the nodes on the canvas', async () => {
    await typeQuery(PROBE_QUERY);
    await editor().press('Control+Enter');
    const table = results().getByRole('table', { name: 'Result table' });
    await poll(() => table.getByRole('row').count()).toBe(3);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['name', 'n']);
    expect(await table.getByRole('cell').first().textContent()).toBe('console probe one');
    await expect.poll(() => results().textContent()).toMatch(/2 rows · database \d+ ms, round trip \d+ ms/);

    const expected = await (await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PROBE_QUERY }) })).json();
    const ids: string[] = expected.graph.nodes.map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(2);
    await poll(() => onCanvas(ids)).toBe(2);

    await results().getByRole('tab', { name: 'Graph' }).click();
    await poll(() => results().getByText('2 nodes and 0 relationships in the result.').count()).toBe(1);
    await saveScreenshot(page, 'console-table-and-graph');
  });

  it('saves the result as CSV and as JSON files', async () => {
    const saved = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), results().getByRole('button', { name }).click()]);
      return { file: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const csv = await saved('Export CSV');
    expect(csv.file).toBe('query-result.csv');
    expect(csv.text.split('\r\n')[0]).toBe('name,n');
    expect(csv.text).toContain('console probe one');
    const json = await saved('Export JSON');
    expect(json.file).toBe('query-result.json');
    expect(JSON.parse(json.text)).toMatchObject({ columns: ['name', 'n'], truncated: false });
  });

  it('marks a syntax error at its position in the editor and shows Neo4j’s message', async () => {
    await typeQuery('MATCH (n)\nWHERE n.name = "x"\nRETRUN n');
    await page.getByRole('button', { name: 'Run query' }).click();
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(await alert.textContent()).toContain("Invalid input 'RETRUN'");
    const mark = page.locator('.cm-content .cm-lintRange-error');
    // Says what the editor held if the mark does not come.
    // The mark may be drawn as several elements where syntax highlighting splits the word: read them together.
    const marked = async () => (await mark.allTextContents()).join('') || `no mark; editor holds ${JSON.stringify(await editor().textContent())}`;
    await poll(marked).toBe('RETRUN');
    await saveScreenshot(page, 'console-syntax-error');
    // Editing the text clears the stale mark.
    await editor().press('End');
    await page.keyboard.type(' ');
    await poll(() => mark.count()).toBe(0);
  });

  it('sends nothing when the parameters are not valid JSON, and says why', async () => {
    await typeQuery('RETURN $name AS name');
    const params = page.getByRole('textbox', { name: 'Parameters (JSON)' });
    await params.fill('{"name": ');
    const before = cypherRequests;
    await page.getByRole('button', { name: 'Run query' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain('Parameters are not valid JSON');
    expect(await params.getAttribute('aria-invalid')).toBe('true');
    expect(cypherRequests).toBe(before);

    await params.fill('{"name": "from the pane"}');
    await editor().press('Control+Enter');
    await poll(() => results().textContent()).toContain('1 row ·');
    await results().getByRole('tab', { name: 'Table' }).click();
    expect(await results().getByRole('cell').first().textContent()).toBe('from the pane');
    await params.fill('');
  });

  it('refuses a write with the console’s code and shows the EXPLAIN plan as a tree', async () => {
    await typeQuery('CREATE (n:ConsoleE2eProbe)');
    await editor().press('Control+Enter');
    await poll(() => page.getByRole('alert').textContent()).toContain('CYPHER_REFUSED');

    await typeQuery('EXPLAIN MATCH (n:ConsoleE2eProbe) RETURN n');
    await editor().press('Control+Enter');
    const plan = results().getByRole('list', { name: 'Query plan' });
    await poll(() => plan.count()).toBe(1);
    expect(await plan.textContent()).toContain('ProduceResults');
    expect(await results().getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps the history across a reload and puts a query back into the editor', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.getByRole('tab', { name: 'Console' }).click();
    await page.getByText('History', { exact: true }).click();
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('button', { name: PROBE_QUERY }).click();
    await poll(() => editor().textContent()).toBe(PROBE_QUERY);
  });

  it('takes a query and its parameters handed over by the page (openInConsole)', async () => {
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.evaluate(() =>
      (window as unknown as { __explorer: { explorer: { openInConsole(q: string, p: Record<string, unknown>): void } } }).__explorer.explorer.openInConsole(
        'MATCH (n) WHERE n.name = $name RETURN n',
        { name: 'console probe two' },
      ),
    );
    await poll(() => page.getByRole('tab', { name: 'Console' }).getAttribute('aria-selected')).toBe('true');
    await poll(() => editor().textContent()).toBe('MATCH (n) WHERE n.name = $name RETURN n');
    expect(JSON.parse(await page.getByRole('textbox', { name: 'Parameters (JSON)' }).inputValue())).toEqual({ name: 'console probe two' });
    await editor().press('Control+Enter');
    await poll(() => results().textContent()).toContain('1 row ·');
  });

  it('showed no page error and no CSP violation (the refused and failing queries log their 400s, nothing else)', () => {
    expect(errors.filter((error) => !/the server responded with a status of 400/.test(error))).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
  });
});
