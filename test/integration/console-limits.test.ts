// The console's limits over HTTP: a long query is stopped at the timeout (reported with Neo4j's code) and the
// next query is served; a million-row result is cut at the row limit by streaming, without the server's
// memory growing with the result (the server runs in this process, so its memory is this process's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const post = async (server: TestServer, query: string) => {
  const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
};

describe('console limits', () => {
  const db = mainDatabase();
  let quick: TestServer;
  let standard: TestServer;

  beforeAll(async () => {
    quick = await startTestServer({ db, config: testConfig({ QUERY_TIMEOUT_MS: '5000', RATE_LIMIT_BURST: '1000' }) });
    standard = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
  });

  afterAll(async () => {
    await quick?.close();
    await standard?.close();
    await db.close();
  });

  it('stops a long query at the timeout, says so with Neo4j’s code, and serves the next query', async () => {
    const marker = `console-timeout-probe-${Date.now()}`;
    const running = async () => {
      const result = await db.run('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n', { marker }, 'READ');
      return Number(result.records[0]?.get('n'));
    };
    const pending = post(quick, `/* ${marker} */ UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)`);
    await expect.poll(running, { timeout: 20_000, interval: 50 }).toBe(1);

    const long = await pending;
    expect(long.status).toBe(400);
    expect(long.body.error.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    expect(long.body.error.message).toContain('5000 ms');
    await expect.poll(running, { timeout: 20_000 }).toBe(0);

    const next = await post(quick, 'RETURN 42 AS answer');
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([[42]]);
  });

  it('cuts a million-row result at the limit, streaming, and says it was cut', async () => {
    await post(standard, 'UNWIND range(1, 10) AS x RETURN x, toString(x) AS s'); // warm up the plan and the connection
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 5);
    const { status, body } = await post(standard, 'UNWIND range(1, 1000000) AS x RETURN x, toString(x) AS s');
    clearInterval(sampler);

    expect(status).toBe(200);
    expect(body.rows).toHaveLength(1000);
    expect(body.rows[999]).toEqual([1000, '1000']);
    expect(body.truncated).toBe(true);
    expect(body.limit).toBe(1000);
    const megabytes = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
    console.info(
      `capped million-row result: rss ${megabytes(baseline.rss)} → peak ${megabytes(peakRss)} MB (+${megabytes(peakRss - baseline.rss)}), ` +
        `heapUsed ${megabytes(baseline.heapUsed)} → peak ${megabytes(peakHeap)} MB (+${megabytes(peakHeap - baseline.heapUsed)})`,
    );
    // Holding the million rows costs about 145 MB of heap (measured with QUERY_ROW_LIMIT=1000000); the capped
    // result stays far below that.
    expect(peakHeap - baseline.heapUsed).toBeLessThan(64 * 1048576);
  });

  it('does not call a result that fits the limit exactly truncated', async () => {
    const { body } = await post(standard, 'UNWIND range(1, 1000) AS x RETURN x');
    expect(body.rows).toHaveLength(1000);
    expect(body.truncated).toBe(false);
  });
});
