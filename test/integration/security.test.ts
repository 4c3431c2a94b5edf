// Security defaults over HTTP: headers and a CSP without inline scripts, CORS off unless configured, body size
// limits, rate limits on console and ask, and no credentials in what the server says.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST } from '../../server/app.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { freePort } from '../helpers/ports.ts';
import { waitForOutput } from '../helpers/processes.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('security defaults', { timeout: 180_000 }, () => {
  const db = mainDatabase();
  let server: TestServer;
  let withCors: TestServer;
  let limited: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig() });
    withCors = await startTestServer({ db, config: testConfig({ CORS_ORIGINS: 'https://allowed.example' }) });
    limited = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_SECOND: '0.1' }) });
  });
  afterAll(async () => {
    await Promise.all([server.close(), withCors.close(), limited.close()]);
    await db.close();
  });

  it('sends a CSP without inline scripts and the usual protective headers; the page has no inline script', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const html = fs.readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, body] of scripts) {
      expect(tag).toMatch(/src=/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('has CORS off by default and on only for configured origins', async () => {
    const foreign = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/api/ask`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    const allowed = await fetch(`${withCors.url}/api/health`, { headers: { origin: 'https://allowed.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const other = await fetch(`${withCors.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(`${server.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits ask and the console with 429 RATE_LIMITED and Retry-After, leaving other endpoints alone', async () => {
    const ask = () =>
      fetch(`${limited.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'who owns Youku?' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await refused.json()).error.code).toBe('RATE_LIMITED');
    // The console has a bucket of its own (its 429s: test/integration/front-door.test.ts): ask's use did not spend it.
    const cypher = await fetch(`${limited.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }) });
    expect(cypher.status).toBe(200);
    expect((await fetch(`${limited.url}/api/health`)).status).toBe(200);
  });

  it('never shows the Neo4j password in errors or responses', async () => {
    const password = 'hunter2-very-secret-password';
    const deadUri = `bolt://127.0.0.1:${await freePort()}`;
    const deadDb = new Database(createDriver(deadUri, 'neo4j', password));
    const dead = await startTestServer({ db: deadDb, config: testConfig({ NEO4J_URI: deadUri, NEO4J_PASSWORD: password }) });
    try {
      for (const url of ['/api/health', '/api/overview', '/api/schema']) {
        const text = await (await fetch(`${dead.url}${url}`)).text();
        expect(text).not.toContain(password);
      }
    } finally {
      await dead.close();
      await deadDb.close();
    }
  });

  it('never prints the password in the start log when the named server does not answer', async () => {
    const password = 'hunter2-very-secret-password';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: `bolt://neo4j:${password}@127.0.0.1:${await freePort()}`,
        NEO4J_PASSWORD: password,
        PORT: String(await freePort()),
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForOutput(child, /Explorer ready on|Could not start/, 60_000);
    child.kill('SIGTERM');
    expect(output).not.toContain(password);
    expect(output).toMatch(/does not answer|Could not start/);
  });
});
