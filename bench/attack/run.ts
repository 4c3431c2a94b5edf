// Attack benchmark (issue 16's "Done when"): the real server in front of a fresh local Neo4j holding the seed
// graph, under (1) 20 parser bombs, 20 slow counts that pass every text check and one 5-million-item row sent at
// once to the console, and (2) 100 concurrent /api/overview?limit=5000. Meanwhile /api/health is asked every
// 250 ms. Prints the latencies of health and of each bad query with its answer (status and code), and the
// server's resident memory. Measured, not asserted: the machine is shared (tests assert the behaviour).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { loadGraph } from '../../server/loader/load.ts';
import { readGraphFiles } from '../../server/loader/read.ts';
import { SEED_FILE } from '../../server/loader/seed.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { percentile, round } from '../lib/stats.ts';
import { residentMb, startServer } from '../api/run.ts';

export interface AttackOptions {
  /** Seconds the console waits for Neo4j before it answers itself (QUERY_WALL_CLOCK_MS). */
  wallClockSeconds: number;
  say: (line: string) => void;
}

interface Answer {
  kind: string;
  status: number;
  code: string;
  ms: number;
}

export interface AttackResult {
  phase: string;
  health_requests: number;
  health_p50_ms: number;
  health_p99_ms: number;
  health_max_ms: number;
  health_not_200: number;
  /** Per kind of bad request: how many, their answers (status code → count), the slowest answer. */
  answers: { kind: string; count: number; statuses: Record<string, number>; max_ms: number }[];
  rss_max_mb: number;
}

const ATTACKS: { kind: string; count: number; body: () => unknown; path: string; method: 'POST' | 'GET' }[] = [
  // 20,000 nested parentheses, 40 KB: Neo4j's parser alone takes minutes on it.
  { kind: 'parser bomb (20,000 nested parentheses)', count: 20, method: 'POST', path: '/api/cypher', body: () => ({ query: `RETURN ${'('.repeat(20_000)}1${')'.repeat(20_000)} AS x` }) },
  // Text and plan are harmless; only running it is slow.
  { kind: 'slow count (UNWIND range(1, 1e8))', count: 20, method: 'POST', path: '/api/cypher', body: () => ({ query: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x)' }) },
  { kind: 'one 5M-item row', count: 1, method: 'POST', path: '/api/cypher', body: () => ({ query: 'RETURN range(1, 5000000) AS r' }) },
];

async function send(url: string, method: 'GET' | 'POST', body: unknown, kind: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(600_000),
    });
    const text = await response.text();
    let code = '';
    try {
      code = JSON.parse(text)?.error?.code ?? (response.ok ? 'OK' : '');
    } catch {
      code = 'not JSON';
    }
    return { kind, status: response.status, code, ms: performance.now() - started };
  } catch (error) {
    return { kind, status: 0, code: error instanceof Error ? error.name : 'failed', ms: performance.now() - started };
  }
}

/** Runs `attack` while health is asked every 250 ms and the server's memory sampled; then summarises. */
async function underAttack(phase: string, baseUrl: string, pid: number, attack: () => Promise<Answer[]>): Promise<AttackResult> {
  const health: Answer[] = [];
  let rssMax = residentMb(pid);
  let attacking = true;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, residentMb(pid))), 250);
  const prober = (async () => {
    while (attacking) {
      health.push(await send(`${baseUrl}/api/health`, 'GET', undefined, 'health'));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const answers = await attack();
  attacking = false;
  await prober;
  clearInterval(sampler);
  const latencies = health.map((h) => h.ms).sort((a, b) => a - b);
  const kinds = [...new Set(answers.map((a) => a.kind))];
  return {
    phase,
    health_requests: health.length,
    health_p50_ms: round(percentile(latencies, 50)),
    health_p99_ms: round(percentile(latencies, 99)),
    health_max_ms: round(latencies.at(-1) ?? 0),
    health_not_200: health.filter((h) => h.status !== 200).length,
    answers: kinds.map((kind) => {
      const mine = answers.filter((a) => a.kind === kind);
      const statuses: Record<string, number> = {};
      for (const a of mine) statuses[`${a.status} ${a.code}`] = (statuses[`${a.status} ${a.code}`] ?? 0) + 1;
      return { kind, count: mine.length, statuses, max_ms: round(Math.max(...mine.map((a) => a.ms))) };
    }),
    rss_max_mb: round(rssMax),
  };
}

export async function runAttackBenchmark(options: AttackOptions): Promise<AttackResult[]> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-attack-'));
  let local: LocalNeo4j | undefined;
  let db: Database | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    local = await startLocalNeo4j({ dataDir: home, port: await freePort(), heap: '1g', pageCache: '256m', txTimeoutSeconds: 120, txMaxSize: '1g' });
    db = new Database(createDriver(local.uri, 'neo4j', ''));
    await loadGraph(db, readGraphFiles([SEED_FILE]));
    server = await startServer(local.uri, options.say, {
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
      // The console's own defaults: 4 queries in flight in all, 2 per address (every attacker here is 127.0.0.1).
      CONSOLE_CONNECTIONS: '4',
      CONSOLE_PER_CLIENT: '2',
      QUERY_WALL_CLOCK_MS: String(options.wallClockSeconds * 1000),
      QUERY_TIMEOUT_MS: String(Math.max(1000, options.wallClockSeconds * 1000 - 2000)),
    });
    const url = server.url;
    const pid = server.child.pid!;
    const results: AttackResult[] = [];

    options.say(`attack: console (${ATTACKS.map((a) => `${a.count} × ${a.kind}`).join(', ')}), all at once; health every 250 ms…`);
    results.push(
      await underAttack('console attack', url, pid, () =>
        Promise.all(ATTACKS.flatMap((a) => Array.from({ length: a.count }, () => send(`${url}${a.path}`, a.method, a.body(), a.kind)))),
      ),
    );
    // Waves until every bad query has had a connection: each wave is as many as the console takes at once.
    options.say('attack: console, the same queries in waves of 4 (each one reaches Neo4j)…');
    results.push(
      await underAttack('console attack in waves', url, pid, async () => {
        const all = ATTACKS.flatMap((a) => Array.from({ length: Math.min(a.count, 4) }, () => a));
        const answers: Answer[] = [];
        for (let i = 0; i < all.length; i += 2) {
          answers.push(...(await Promise.all(all.slice(i, i + 2).map((a) => send(`${url}${a.path}`, a.method, a.body(), a.kind)))));
        }
        return answers;
      }),
    );
    options.say('attack: 100 concurrent /api/overview?limit=5000; health every 250 ms…');
    results.push(
      await underAttack('100 × overview', url, pid, () =>
        Promise.all(Array.from({ length: 100 }, () => send(`${url}/api/overview?limit=5000`, 'GET', undefined, 'overview?limit=5000'))),
      ),
    );
    for (const r of results) {
      options.say(
        `attack: ${r.phase}: health p50 ${r.health_p50_ms} ms, p99 ${r.health_p99_ms} ms, max ${r.health_max_ms} ms over ${r.health_requests} requests (${r.health_not_200} not 200); server RSS max ${r.rss_max_mb} MB`,
      );
      for (const a of r.answers) options.say(`attack:   ${a.count} × ${a.kind}: ${Object.entries(a.statuses).map(([s, n]) => `${n} × ${s}`).join(', ')}; slowest answer ${a.max_ms} ms`);
    }
    return results;
  } finally {
    await server?.stop();
    await db?.close();
    await local?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
