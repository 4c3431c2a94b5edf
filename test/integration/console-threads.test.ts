// The console's lines spread over fewer worker threads, on the real DBMS: lines share a thread, each on its own
// connection (dropping one leaves the others answering), and a query that shares a thread with a huge answer past
// its wall clock is answered 503 CONSOLE_INTERRUPTED with Retry-After (the thread had to be ended), then the
// console serves again on a new thread.
import { afterAll, describe, expect, it } from 'vitest';
import { ConsoleThreads } from '../../server/console/thread/threads.ts';
import type { ThreadLine } from '../../server/console/thread/threadLine.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer } from '../helpers/server.ts';

const post = async (url: string, query: string) => {
  const response = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
};

const limits = { timeoutMs: 10_000, rowLimit: 10, budget: { bytes: 100_000, listItems: 100, stringChars: 100 } };

describe('console threads', () => {
  const db = mainDatabase();
  afterAll(async () => {
    await db.close();
  });

  it('spreads four lines over two threads, each line on its own connection: dropping one leaves the others answering', async () => {
    const threads = new ConsoleThreads(db, { threads: 2, memoryMb: 128, wallClockMs: 10_000 });
    try {
      const lines = Array.from({ length: 4 }, () => threads.open() as ThreadLine);
      await Promise.all(lines.map((line) => line.ready));
      const ids = lines.map((line) => line.threadId);
      expect(new Set(ids).size).toBe(2);
      expect(ids.filter((id) => id === ids[0]).length).toBe(2);
      expect(new Set(lines.map((line) => line.tag)).size).toBe(4);
      const answers = await Promise.all(lines.map((line, i) => line.stream(`RETURN ${i} AS i`, {}, limits)));
      expect(answers.map((answer) => answer.rows)).toEqual([[[0]], [[1]], [[2]], [[3]]]);

      const sibling = lines.find((line, i) => i > 0 && line.threadId === lines[0]!.threadId)!;
      await lines[0]!.drop();
      expect(lines[0]!.alive).toBe(false);
      expect(sibling.alive).toBe(true);
      expect((await sibling.stream('RETURN 7 AS x', {}, limits)).rows).toEqual([[7]]);
      await expect(lines[0]!.stream('RETURN 1', {}, limits)).rejects.toThrow(/no line/);
    } finally {
      await threads.close();
    }
  });

  it('answers 503 CONSOLE_INTERRUPTED to a query sharing a thread with a huge answer past its wall clock, then serves again', async () => {
    const server = await startTestServer({
      db,
      config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_WALL_CLOCK_MS: '6000', CONSOLE_THREADS: '1', CONSOLE_CONNECTIONS: '2', CONSOLE_PER_CLIENT: '2' }),
    });
    try {
      // Both lines open on the thread: the sibling below runs on it (a request whose line were still opening when
      // the thread is ended would take a line on a new thread instead, inFlight.ts).
      const warm = await Promise.all([post(server.url, 'RETURN 0 AS warm'), post(server.url, 'RETURN 0 AS warm')]);
      expect(warm.map((answer) => answer.status)).toEqual([200, 200]);
      const huge = post(server.url, 'RETURN range(1, 5000000) AS r');
      // By now the thread is reading the row (seconds of decoding): the next query waits behind it.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const sibling = await post(server.url, 'RETURN 1 AS x');
      const row = await huge;
      expect(row.status).toBe(400);
      expect(row.body.error.code).toBe('CONSOLE_TIMEOUT');
      expect(sibling.status).toBe(503);
      expect(sibling.body.error.code).toBe('CONSOLE_INTERRUPTED');
      expect(sibling.body.error.message).toMatch(/Send it again/);
      expect(sibling.retryAfter).toBe('1');
      // Both places are kept until Neo4j lists no transaction of theirs; then a new thread answers.
      await expect.poll(async () => (await post(server.url, 'RETURN 2 AS x')).body.rows, { timeout: 30_000, interval: 500 }).toEqual([[2]]);
    } finally {
      await server.close();
    }
  }, 90_000);
});
