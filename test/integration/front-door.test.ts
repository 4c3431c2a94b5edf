// The front door over HTTP on the real DBMS (issue 16): the Host header allowlist against DNS rebinding, 429s
// that name the endpoint with RateLimit headers on every answer, 413s that name the route's own limit, console
// parameters that are too deep or outside 64 bits refused with a 400, and no source maps served.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with a Host header of our choosing (fetch does not let a caller set Host). */
function request(base: string, method: string, pathname: string, options: { host?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(pathname, base);
  const payload = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        headers: {
          host: options.host ?? url.host,
          ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const errorOf = (answer: Answer) => (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;
const WRITE_TOKEN = 'front-door-token-0123456789';

describe('the front door', { timeout: 120_000 }, () => {
  const db = mainDatabase();
  let server: TestServer;
  let named: TestServer;
  let limited: TestServer;
  let writable: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
    named = await startTestServer({ db, config: testConfig({ PUBLIC_HOSTS: 'graph.example.org' }) });
    limited = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '2', RATE_LIMIT_PER_SECOND: '0.1' }) });
    writable = await startTestServer({ db, config: testConfig({ WRITE_TOKEN }) });
  });
  afterAll(async () => {
    await Promise.all([server.close(), named.close(), limited.close(), writable.close()]);
    await db.close();
  });

  const rebindable: [string, string, unknown][] = [
    ['POST', '/api/cypher', { query: 'MATCH (n) RETURN count(n) AS n' }],
    ['GET', '/api/overview', undefined],
    ['GET', '/', undefined],
  ];

  it('answers a DNS-rebinding request (Host: evil.example) with 421 HOST_NOT_ALLOWED on the API and the page', async () => {
    for (const [method, pathname, body] of rebindable) {
      const evil = await request(server.url, method, pathname, { host: 'evil.example:3000', body });
      expect(evil.status, `${method} ${pathname}`).toBe(421);
      expect(errorOf(evil).code).toBe('HOST_NOT_ALLOWED');
      expect(evil.body).not.toMatch(/"rows"|"nodes"|<html/i);
      for (const host of ['localhost:3000', '127.0.0.1', '[::1]:8080']) {
        expect((await request(server.url, method, pathname, { host, body })).status, `${method} ${pathname} as ${host}`).toBe(200);
      }
    }
  });

  it('answers to the configured public name as well, and still to no other', async () => {
    for (const [method, pathname, body] of rebindable) {
      expect((await request(named.url, method, pathname, { host: 'Graph.Example.org', body })).status).toBe(200);
      expect((await request(named.url, method, pathname, { host: 'example.org', body })).status).toBe(421);
    }
  });

  it('sends RateLimit headers on every console answer; a 429 names the endpoint and says when to retry', async () => {
    const run = () => request(limited.url, 'POST', '/api/cypher', { body: { query: 'RETURN 1 AS one' } });
    const first = await run();
    expect(first.status).toBe(200);
    expect(first.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '1' });
    expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
    expect((await run()).headers['ratelimit-remaining']).toBe('0');
    const refused = await run();
    expect(refused.status).toBe(429);
    expect(errorOf(refused).code).toBe('RATE_LIMITED');
    expect(errorOf(refused).message).toContain('POST /api/cypher');
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    // Ask has its own bucket: the console's use does not spend it.
    const ask = await request(limited.url, 'POST', '/api/ask', { body: { question: 'who owns Youku?' } });
    expect(ask.status).toBe(200);
    expect(ask.headers['ratelimit-remaining']).toBe('1');
  });

  it('names the real limit of the route in a 413: 1 MB for the API, 50 MB for the import', async () => {
    const api = await request(server.url, 'POST', '/api/cypher', { body: { query: 'RETURN 1', params: { x: 'x'.repeat(1_100_000) } } });
    expect(api.status).toBe(413);
    expect(errorOf(api).code).toBe('PAYLOAD_TOO_LARGE');
    expect(errorOf(api).message).toContain('1 MB limit of POST /api/cypher');
    const big = Buffer.alloc(51 * 1024 * 1024, 0x20);
    const imported = await request(writable.url, 'POST', '/api/import', { body: big, headers: { authorization: `Bearer ${WRITE_TOKEN}` } });
    expect(imported.status).toBe(413);
    expect(errorOf(imported).code).toBe('PAYLOAD_TOO_LARGE');
    expect(errorOf(imported).message).toContain('50 MB limit of POST /api/import');
  });

  it('refuses console parameters nested 5,000 deep, and integers outside 64 bits, with a 400 and a code', async () => {
    // Written as text: JSON.stringify itself cannot go 5,000 deep.
    const deep = Buffer.from(`{"query": "RETURN $p AS p", "params": {"p": ${'['.repeat(5000)}1${']'.repeat(5000)}}}`);
    const tooDeep = await request(server.url, 'POST', '/api/cypher', { body: deep });
    expect(tooDeep.status).toBe(400);
    // 5,000 levels stop at the JSON body reader (256 levels at most, with the place); 100 levels pass it and stop
    // at the console's own limit for parameters (64).
    expect(errorOf(tooDeep).code).toBe('BAD_REQUEST');
    const deeper = Buffer.from(`{"query": "RETURN $p AS p", "params": {"p": ${'['.repeat(100)}1${']'.repeat(100)}}}`);
    const paramsTooDeep = await request(server.url, 'POST', '/api/cypher', { body: deeper });
    expect(paramsTooDeep.status).toBe(400);
    expect(errorOf(paramsTooDeep).code).toBe('PARAMS_TOO_DEEP');
    const cases: [unknown, string][] = [
      [{ p: { $int: '9999999999999999999' } }, 'PARAM_INTEGER_OUT_OF_RANGE'],
      [{ p: { $int: '-9223372036854775809' } }, 'PARAM_INTEGER_OUT_OF_RANGE'],
    ];
    for (const [params, code] of cases) {
      const answer = await request(server.url, 'POST', '/api/cypher', { body: { query: 'RETURN $p AS p', params } });
      expect(answer.status).toBe(400);
      expect(errorOf(answer).code).toBe(code);
    }
    // A bare number with lost digits (JSON reads 9999999999999999999 as 1e19) is refused too.
    const bare = await request(server.url, 'POST', '/api/cypher', {
      body: Buffer.from('{"query": "RETURN $p AS p", "params": {"p": 9999999999999999999}}'),
    });
    expect(errorOf(bare).code).toBe('PARAM_INTEGER_OUT_OF_RANGE');
    // The largest 64-bit integer travels exactly, and comes back as its digits.
    const exact = await request(server.url, 'POST', '/api/cypher', { body: { query: 'RETURN $p AS p, $p - 1 AS q', params: { p: { $int: '9223372036854775807' } } } });
    expect(exact.status).toBe(200);
    expect(JSON.parse(exact.body).rows[0]).toEqual(['9223372036854775807', '9223372036854775806']);
  });

  it('ships no source maps and serves none, even one left in the build folder', async () => {
    const assets = path.join(CLIENT_DIST, 'assets');
    const files = fs.readdirSync(assets);
    const scripts = files.filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(files.filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const name of scripts) expect(fs.readFileSync(path.join(assets, name), 'utf8')).not.toContain('sourceMappingURL');
    const planted = path.join(assets, `${scripts[0]}.map`);
    fs.writeFileSync(planted, JSON.stringify({ version: 3, sources: ['main.ts'], sourcesContent: ['secret'] }));
    try {
      const answer = await request(server.url, 'GET', `/assets/${scripts[0]}.map`);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('sourcesContent');
      expect((await request(server.url, 'GET', `/assets/${scripts[0]}`)).status).toBe(200);
    } finally {
      fs.rmSync(planted);
    }
  });
});
