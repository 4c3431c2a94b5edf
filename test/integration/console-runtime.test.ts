// The console's runtime around a person's query, on the real DBMS: the local DBMS reaches no address (LOAD CSV run
// straight through the driver), the console and health on pools of their own (they answer while the app's pool is
// exhausted), limits in flight (CONSOLE_BUSY, CONSOLE_CLIENT_BUSY with Retry-After), a wall clock that answers and
// drops the connection (CONSOLE_TIMEOUT), a place kept until Neo4j has ended abandoned work, huge answers decoded off
// the event loop (a 5M-item row, a value past the thread's memory), the answer budget (cut lists, strings and bytes),
// and the patient start-up check.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ConsoleConnections } from '../../server/console/inFlight.ts';
import { countRunning } from '../../server/console/repository.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { AppError } from '../../server/errors.ts';
import { IdentityCheckError, readIdentityPatiently } from '../../server/health/repository.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { freePort } from '../helpers/ports.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const post = async (server: TestServer, query: string) => {
  const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
};

const health = async (server: TestServer) => (await fetch(`${server.url}/api/health`)).status;

/** A query Neo4j stops at its guard checks (the transaction timeout, a dropped connection), tagged to be found. */
const slowQuery = (marker: string) => `/* ${marker} */ UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)`;

describe('the local DBMS opens no connection', () => {
  const db = mainDatabase();
  let listener: http.Server;
  let hits = 0;
  beforeAll(async () => {
    listener = http.createServer((_req, res) => {
      hits++;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', () => resolve()));
  });
  afterAll(async () => {
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
    await db.close();
  });

  it.skipIf(!inject('localDataDir'))('LOAD CSV run straight through the driver reaches no loopback listener, by address or by name', async () => {
    const { port } = listener.address() as AddressInfo;
    for (const url of [`http://127.0.0.1:${port}/x.csv`, `http://localhost:${port}/x.csv`, `https://127.0.0.1:${port}/x.csv`, `ftp://localhost:${port}/x.csv`]) {
      const error = await db.run('LOAD CSV FROM $url AS line RETURN line', { url }, 'READ').catch((caught: unknown) => caught);
      expect(error, url).toBeInstanceOf(AppError);
      expect((error as AppError).code, url).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
    }
    expect(hits).toBe(0);
  });
});

describe('the console on its own connections', () => {
  const db = mainDatabase();
  const running = async (marker: string) => {
    const result = await db.run('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n', { marker }, 'READ');
    return Number(result.records[0]?.get('n'));
  };
  afterAll(async () => {
    await db.close();
  });

  it('answers the console and health while every connection of the app’s own pool is taken', async () => {
    const small = new Database(createDriver(inject('neo4jUri'), inject('neo4jUsername'), inject('neo4jPassword'), { maxConnections: 2, acquisitionTimeoutMs: 1500 }), inject('neo4jDatabase') || undefined);
    const server = await startTestServer({ db: small, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
    const held = [small.driver.session(), small.driver.session()];
    try {
      const transactions = await Promise.all(held.map((session) => session.beginTransaction()));
      await Promise.all(transactions.map((tx) => tx.run('RETURN 1')));
      const overview = await fetch(`${server.url}/api/overview`);
      expect(overview.status).toBeGreaterThanOrEqual(500); // the app's pool is exhausted indeed
      expect(await health(server)).toBe(200);
      const answered = await post(server, 'RETURN 42 AS answer');
      expect(answered.status).toBe(200);
      expect(answered.body.rows).toEqual([[42]]);
    } finally {
      await Promise.all(held.map((session) => session.close()));
      await server.close();
      await small.close();
    }
  });

  it('refuses a client past its share with 429 CONSOLE_CLIENT_BUSY and everyone past the total with 503 CONSOLE_BUSY, health still 200', async () => {
    // Neo4j's timeout ends the slow queries, long before the wall clock (a loaded machine plans slowly).
    const limits = { RATE_LIMIT_BURST: '1000', QUERY_TIMEOUT_MS: '15000', QUERY_WALL_CLOCK_MS: '60000' };
    const perClient = await startTestServer({ db, config: testConfig({ ...limits, CONSOLE_CONNECTIONS: '3', CONSOLE_PER_CLIENT: '1' }) });
    const total = await startTestServer({ db, config: testConfig({ ...limits, CONSOLE_CONNECTIONS: '2', CONSOLE_PER_CLIENT: '2' }) });
    const marker = `console-busy-${Date.now()}`;
    try {
      const first = post(perClient, slowQuery(`${marker}-a`));
      await expect.poll(() => running(`${marker}-a`), { timeout: 30_000, interval: 100 }).toBe(1);
      const second = await post(perClient, 'RETURN 1 AS x');
      expect(second.status).toBe(429);
      expect(second.body.error.code).toBe('CONSOLE_CLIENT_BUSY');
      expect(Number(second.retryAfter)).toBeGreaterThanOrEqual(1);

      const both = [post(total, slowQuery(`${marker}-b`)), post(total, slowQuery(`${marker}-c`))];
      await expect.poll(async () => (await running(`${marker}-b`)) + (await running(`${marker}-c`)), { timeout: 30_000, interval: 100 }).toBe(2);
      const third = await post(total, 'RETURN 1 AS x');
      expect(third.status).toBe(503);
      expect(third.body.error.code).toBe('CONSOLE_BUSY');
      expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(await health(total)).toBe(200);

      for (const answer of await Promise.all([first, ...both])) {
        expect(answer.body.error.code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
      }
      expect((await post(total, 'RETURN 1 AS x')).status).toBe(200);
    } finally {
      await perClient.close();
      await total.close();
    }
  });

  it('answers CONSOLE_TIMEOUT at the wall clock when Neo4j has not answered, and the dropped connection ends the transaction', async () => {
    const server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_TIMEOUT_MS: '120000', QUERY_WALL_CLOCK_MS: '5000' }) });
    const marker = `console-wall-clock-${Date.now()}`;
    try {
      const answer = await post(server, slowQuery(marker));
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('CONSOLE_TIMEOUT');
      // Neo4j's own timeout is two minutes away: only the dropped connection can end it this soon.
      await expect.poll(() => running(marker), { timeout: 45_000, interval: 250 }).toBe(0);
      expect((await post(server, 'RETURN 1 AS x')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('keeps the place of abandoned work taken for as long as Neo4j still runs it', async () => {
    const connections = new ConsoleConnections(db, { total: 1, perClient: 1, wallClockMs: 2000, pollMs: 100, abandonAfterMs: 150_000 });
    await connections.run('client', (line) => line.functions()); // a line started and connected: the wall clock is all the query's
    let tag = '';
    // Neo4j checks for termination nowhere inside reduce(): this runs on for seconds after its connection is gone.
    const heavy = "RETURN size(reduce(s = '', x IN range(1, 130000) | s + 'abcdefghij')) AS n";
    const error = await connections
      .run('client', (line) => {
        tag = line.tag;
        return line.stream(heavy, {}, { timeoutMs: 120_000, rowLimit: 10, budget: { bytes: 4096, listItems: 10, stringChars: 10 } });
      })
      .catch((caught: unknown) => caught);
    expect((error as AppError).code).toBe('CONSOLE_TIMEOUT');
    const samples: { inFlight: number; running: number }[] = [];
    for (;;) {
      const inFlight = connections.inFlight; // read before Neo4j is asked: a place freed must never meet work still running
      const stillRunning = await countRunning(db, tag);
      samples.push({ inFlight, running: stillRunning });
      if (inFlight === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(samples.some((sample) => sample.running > 0)).toBe(true); // the work outlived its connection
    expect(samples.filter((sample) => sample.inFlight === 0 && sample.running > 0)).toEqual([]);
  }, 180_000);

});

describe('a huge answer never blocks the server', () => {
  const db = mainDatabase();
  afterAll(async () => {
    await db.close();
  });

  /** A bomb Neo4j would spend minutes planning (20,000 nested parentheses), each one a little different. */
  const parserBomb = (i: number) => `RETURN ${'('.repeat(20_000 - i)}1${')'.repeat(20_000 - i)} AS x`;

  it('answers a 5-million-item row within its wall clock and refuses 20 parser bombs, while health answers and the event loop stays free', async () => {
    const server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_WALL_CLOCK_MS: '8000' }) });
    const loop = monitorEventLoopDelay({ resolution: 10 });
    try {
      loop.enable();
      const bombs = Array.from({ length: 20 }, (_, i) => post(server, parserBomb(i)));
      const huge = post(server, 'RETURN range(1, 5000000) AS r');
      let answered = false;
      void huge.finally(() => (answered = true));
      const healthWhileRunning: number[] = [];
      while (!answered) {
        healthWhileRunning.push(await health(server));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      loop.disable();
      for (const bomb of await Promise.all(bombs)) {
        expect(bomb.status).toBe(400);
        expect(bomb.body.error.code).toBe('CYPHER_REFUSED');
      }
      const row = await huge;
      expect(row.status).toBe(400);
      expect(['CONSOLE_TIMEOUT', 'CONSOLE_ANSWER_TOO_LARGE']).toContain(row.body.error.code);
      // Decoded on this thread, the row blocked it for 27 s (2M items) to 120 s (5M) and health could not answer.
      expect(healthWhileRunning.length).toBeGreaterThanOrEqual(10);
      expect(healthWhileRunning.every((status) => status === 200)).toBe(true);
      expect(loop.max / 1e6).toBeLessThan(2000);
      expect((await post(server, 'RETURN 1 AS x')).body.rows).toEqual([[1]]);
    } finally {
      loop.disable();
      await server.close();
    }
  }, 120_000);

  it('refuses an answer larger than the console thread may hold with CONSOLE_ANSWER_TOO_LARGE, then runs the next query', async () => {
    const server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_WALL_CLOCK_MS: '90000', CONSOLE_MEMORY_MB: '32' }) });
    try {
      const tooLarge = await post(server, "RETURN [x IN range(1, 1000000) | 'abcdefghijklmnopqrstuvwxyz' + x] AS r");
      expect(tooLarge.status).toBe(400);
      expect(tooLarge.body.error.code).toBe('CONSOLE_ANSWER_TOO_LARGE');
      expect(tooLarge.body.error.message).toContain('32 MB (CONSOLE_MEMORY_MB)');
      const next = await post(server, 'RETURN 2 AS x');
      expect(next.status).toBe(200);
      expect(next.body.rows).toEqual([[2]]);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('the console’s answer budget', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      db,
      config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_MAX_LIST_ITEMS: '100', QUERY_MAX_STRING_CHARS: '50', QUERY_MAX_BYTES: '4096' }),
    });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('cuts a long list to its first items and says so', async () => {
    const { status, body } = await post(server, 'RETURN range(1, 5000) AS r');
    expect(status).toBe(200);
    expect(body.rows[0][0]).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(body.cut).toBe(true);
    expect(body.truncated).toBe(false);
    expect(body.budget).toEqual({ bytes: 4096, listItems: 100, stringChars: 50 });
  });

  it('cuts a long string to its first characters', async () => {
    const { body } = await post(server, "RETURN reduce(s = '', x IN range(1, 20) | s + 'abcdefghij') AS s");
    expect(body.rows[0][0]).toBe('abcdefghij'.repeat(5));
    expect(body.cut).toBe(true);
  });

  it('stops reading rows once the answer reached its byte budget', async () => {
    const { body } = await post(server, "UNWIND range(1, 1000) AS x RETURN x, 'abcdefghijklmnopqrstuvwxyz' AS s");
    expect(body.rows.length).toBeGreaterThan(10);
    expect(body.rows.length).toBeLessThan(1000);
    expect(JSON.stringify(body.rows).length).toBeLessThan(2 * 4096);
    expect(body.truncated).toBe(true);
    expect(body.cut).toBe(true);
  });

  it('does not call an answer inside the budget cut', async () => {
    const { body } = await post(server, 'RETURN range(1, 100) AS r, "fifty characters, not one more, this is the limit." AS s');
    expect(body.cut).toBe(false);
    expect(body.rows[0][0]).toHaveLength(100);
  });
});

describe('the start-up check', () => {
  it('tries again, then names the URI, the query and what to do', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const dead = new Database(createDriver(uri, 'neo4j', ''));
    const retries: number[] = [];
    try {
      const error = await readIdentityPatiently(dead, uri, { tries: 3, firstPauseMs: 10, onRetry: (attempt) => retries.push(attempt) }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(IdentityCheckError);
      expect((error as IdentityCheckError).attempts).toBe(3);
      expect(retries).toEqual([1, 2]);
      const message = (error as Error).message;
      expect(message).toContain(uri);
      expect(message).toContain('dbms.components()');
      expect(message).toContain('What to do');
    } finally {
      await dead.close();
    }
  });

  it('answers at once when Neo4j does', async () => {
    const db = mainDatabase();
    try {
      const identity = await readIdentityPatiently(db, inject('neo4jUri'), { onRetry: () => expect.unreachable('no retry') });
      expect(identity.version).toMatch(/^5\./);
    } finally {
      await db.close();
    }
  });
});
