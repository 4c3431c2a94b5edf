// Property-based tests (fast-check) over every endpoint: malformed JSON, wrong types, empty and 1 MB strings,
// unicode and control characters, deep nesting, huge parameter maps. Every case must get a JSON answer with a
// status below 500 (a 4xx carrying { error: { code, message } } when refused), and the server must stay up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const tally = { cases: 0, byStatus: new Map<number, number>(), endpoints: new Set<string>() };

const strangeString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e\u0007', '<img src=x onerror=alert(1)>', "' OR 1=1 //", '`) MATCH (n) DETACH DELETE n //', '阿里巴巴', '%00', '../../etc/passwd', 'a'.repeat(10_000)),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** JSON text nested `depth` deep, written directly (JSON.stringify would need as deep a stack). */
const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const rawPost = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

const WRITE_TOKEN = 'fuzz-write-token-0123456789';
const hugeMap = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
const oneMegabyte = 'x'.repeat(1024 * 1024);

describe('every endpoint under strange input', () => {
  const db = mainDatabase();
  let server: TestServer;
  let countsBefore: string;
  const graphCounts = async () => {
    const result = await db.run('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + \' nodes, \' + count(r) + \' relationships\' AS counts', {}, 'READ');
    return String(result.records[0]!.get('counts'));
  };

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000', WRITE_TOKEN }) });
    countsBefore = await graphCounts();
  });
  afterAll(async () => {
    const lines = [...tally.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    process.stdout.write(`fuzz: ${tally.cases} cases over ${tally.endpoints.size} endpoints; statuses ${lines.join(', ')}\n`);
    await server.close();
    await db.close();
  });

  async function send(endpoint: string, init: RequestInit & { path?: string } = {}): Promise<void> {
    tally.cases++;
    tally.endpoints.add(endpoint);
    const path = init.path ?? endpoint.split(' ')[1]!;
    // The import endpoint is fuzzed past its gate: the fuzzing server has a write token.
    const headers = path === '/api/import' ? { ...(init.headers as Record<string, string>), authorization: `Bearer ${WRITE_TOKEN}` } : init.headers;
    const response = await fetch(`${server.url}${path}`, { ...init, headers });
    tally.byStatus.set(response.status, (tally.byStatus.get(response.status) ?? 0) + 1);
    const text = await response.text();
    expect(response.status, `${endpoint} answered ${response.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
    // Node's HTTP parser answers 431 itself, with no body, for a request line or headers over 16 KB.
    if (response.status === 431) return;
    const body = JSON.parse(text);
    if (response.status >= 400) {
      expect(typeof body.error.code).toBe('string');
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  }

  const postJson = (endpoint: string, body: unknown) =>
    send(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  const getEndpoints: { endpoint: string; params: string[] }[] = [
    { endpoint: 'GET /api/overview', params: ['limit', 'labels'] },
    { endpoint: 'GET /api/search', params: ['q', 'limit', 'labels'] },
    { endpoint: 'GET /api/nodes', params: ['key'] },
    { endpoint: 'GET /api/neighbours', params: ['id', 'type', 'direction', 'skip', 'limit'] },
    { endpoint: 'GET /api/paths', params: ['from', 'to', 'types', 'limit'] },
    { endpoint: 'GET /api/schema', params: [] },
    { endpoint: 'GET /api/health', params: [] },
    { endpoint: 'GET /api/cypher/procedures', params: [] },
    { endpoint: 'GET /api/cypher/examples', params: [] },
  ];

  for (const { endpoint, params } of getEndpoints) {
    it(`${endpoint}: random query strings`, async () => {
      const names = params.length ? fc.constantFrom(...params, 'unexpected') : fc.constant('unexpected');
      await fc.assert(
        fc.asyncProperty(fc.dictionary(names, strangeString, { maxKeys: 5 }), async (query) => {
          await send(endpoint, { path: `${endpoint.split(' ')[1]}?${new URLSearchParams(query)}` });
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('GET /api/nodes/:id and /api/documents/:key: random path segments', async () => {
    await fc.assert(
      fc.asyncProperty(strangeString, async (segment) => {
        await send('GET /api/nodes/:id', { path: `/api/nodes/${encodeURIComponent(segment)}` });
        await send('GET /api/documents/:key', { path: `/api/documents/${encodeURIComponent(segment)}` });
      }),
      { numRuns: RUNS },
    );
  });

  const postEndpoints: { endpoint: string; shape: fc.Arbitrary<unknown> }[] = [
    { endpoint: 'POST /api/ask', shape: fc.record({ question: fc.oneof(strangeString, anyJson) }, { requiredKeys: [] }) },
    { endpoint: 'POST /api/cypher', shape: fc.record({ query: fc.oneof(strangeString, anyJson), params: fc.oneof(anyJson, fc.dictionary(fc.string(), anyJson)) }, { requiredKeys: [] }) },
    { endpoint: 'POST /api/connections', shape: fc.record({ ids: fc.oneof(fc.array(strangeString), anyJson), among: fc.oneof(fc.array(strangeString), anyJson) }, { requiredKeys: [] }) },
    { endpoint: 'POST /api/import', shape: anyJson },
  ];

  for (const { endpoint, shape } of postEndpoints) {
    it(`${endpoint}: bodies of the right and wrong shapes`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(shape, anyJson), async (body) => {
          await postJson(endpoint, body);
        }),
        { numRuns: RUNS * 2 },
      );
    });

    it(`${endpoint}: malformed JSON, 1 MB strings, deep nesting, huge maps, wrong content types`, async () => {
      const path = endpoint.split(' ')[1]!;
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (raw) => {
          await send(endpoint, rawPost(`{${raw}`));
        }),
        { numRuns: RUNS },
      );
      await postJson(endpoint, { question: oneMegabyte, query: oneMegabyte, ids: [oneMegabyte], among: [] });
      await send(endpoint, rawPost(deepArrays(200_000)));
      await send(endpoint, rawPost(`{"question":${deepArrays(3_000)},"query":"RETURN $p","params":{"p":${deepArrays(3_000)}},"ids":${deepArrays(3_000)}}`));
      await postJson(endpoint, { question: 'who owns Youku?', query: 'RETURN $k0 AS x', params: hugeMap, ids: Object.keys(hugeMap), among: [] });
      await send(endpoint, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'who owns Youku?' });
      await send(endpoint, rawPost(''));
    });
  }

  it('is still up and answering after all of it, with the graph unchanged', async () => {
    expect(await graphCounts()).toBe(countsBefore);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const ask = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'who owns Youku?' }) });
    expect(ask.status).toBe(200);
    expect(tally.cases).toBeGreaterThan(RUNS * getEndpoints.length);
  });
});
