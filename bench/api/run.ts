// API benchmark: the real server (its own Node process, as `npm start` runs it) in front of a fresh local Neo4j
// holding the seed graph plus a generated company graph. 50 concurrent clients (autocannon) per endpoint, then the
// same queries through the bare driver in the same run, then a soak with all endpoints mixed while the server's
// resident memory is sampled. Everything listens on and talks to 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config.ts';
import { createDriver, Database, int } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { loadQuery } from '../../server/db/queryFiles.ts';
import { readFulltextIndexes } from '../../server/graph/repository.ts';
import { planSearch } from '../../server/graph/search.ts';
import { loadCaptionRules } from '../../server/schema/service.ts';
import { loadGraph } from '../../server/loader/load.ts';
import { seedSchemaStatements } from '../../server/loader/schema.ts';
import { readGraphFiles } from '../../server/loader/read.ts';
import { SEED_FILE } from '../../server/loader/seed.ts';
import { describeForms } from '../../server/ask/service.ts';
import { generateCompanyGraph, writeGraphFile } from '../generate.ts';
import { freePort } from '../../test/helpers/ports.ts';
import { linearFit, round } from '../lib/stats.ts';
import { concurrentLoad, concurrentSample, httpLoad, httpSample, interleavedLoads, type HttpRequestSpec, type LoadStats } from './load.ts';

export interface ApiResult {
  endpoint: string;
  p50_ms: number;
  p99_ms: number;
  rps: number;
  errors: number;
  driver_p50_ms: number;
  driver_p99_ms: number;
  driver_rps: number;
  /** HTTP p99 ÷ the p99 of the same queries through `driver.executeQuery` (the driver's recommended call). */
  overhead_ratio: number;
  /** The same queries in the form the server reads in (one auto-commit transaction each), and the ratio to that. */
  autocommit_p99_ms: number;
  overhead_vs_autocommit: number;
  /** Median first response on each new HTTP connection (opening it included); kept out of p50/p99. */
  new_connection_p50_ms: number | null;
}

export interface SoakResult {
  seconds: number;
  requests: number;
  errors: number;
  rss_start_mb: number;
  rss_end_mb: number;
  rss_max_mb: number;
  /** Least-squares slope of resident memory after the first fifth of the soak. */
  rss_slope_mb_per_min: number;
}

export interface ApiOptions {
  generatedNodes: number;
  connections: number;
  secondsPerEndpoint: number;
  /** The HTTP and driver loads of an endpoint are taken in this many alternating rounds. */
  rounds: number;
  warmupSeconds: number;
  soakSeconds: number;
  dataDir: string;
  say: (line: string) => void;
}

interface Endpoint {
  name: string;
  requests: HttpRequestSpec[];
  /** The queries that answer the i-th request, straight through the driver. */
  driver: (i: number, run: Runner) => Promise<unknown>;
  /** Concurrent clients, when not the run's: the console is measured at its own capacity. */
  connections?: number;
}

/**
 * The console's capacity in the benchmark: queries in flight, each on a connection of its own (default 4), spread
 * over the console's threads (default one). Past it a request is answered 503 at once, which would measure the
 * limit, not the console's path: the server is started with as many console connections as the run has clients
 * (50, as every endpoint is loaded), or BENCH_CONSOLE_CAPACITY=N.
 */
const consoleCapacity = (clients: number) => Number(process.env.BENCH_CONSOLE_CAPACITY ?? clients);

/**
 * The console is measured a second time at 16 clients (`console@16`): it used to be measured only there. At 16 the
 * two cores are spent on Node's work more than on Neo4j's (BENCHMARKS.md), so both figures stay in the table.
 */
const CONSOLE_ALSO_AT = 16;

const FOCUS = 'Entity';

/** One way of sending a read query through the bare driver. */
type Runner = (text: string, params: Record<string, unknown>) => Promise<unknown>;

/** The driver's recommended call: executeQuery, a managed READ transaction (BEGIN, RUN, PULL, then COMMIT). */
const executeQueryRunner = (driver: Driver): Runner => (text, params) => driver.executeQuery(text, params, { routing: neo4j.routing.READ });

/** The form the server's repositories read in (server/db/driver.ts): one auto-commit transaction in a READ session. */
const autoCommitRunner =
  (driver: Driver): Runner =>
  async (text, params) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
    try {
      return await session.run(text, params);
    } finally {
      await session.close();
    }
  };

/** JSON numbers that are whole become Neo4j integers, as the server's code sends them. */
function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown =>
    typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : Array.isArray(v) ? v.map(convert) : v && typeof v === 'object' ? toDriverParams(v as Record<string, unknown>) : v;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

async function postJson(url: string, body: unknown, timeoutMs = 10_000): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

export interface ExcludedRequest {
  endpoint: string;
  request: string;
  reason: string;
}

async function buildEndpoints(db: Database, baseUrl: string, consoleClients: number, excluded: ExcludedRequest[]): Promise<Endpoint[]> {
  const driver = db.driver;
  const top = await driver.executeQuery(
    'MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.key LIMIT 40 RETURN elementId(n) AS id, n.name AS name, n.key AS key',
  );
  const nodes = top.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, key: r.get('key') as string }));
  // Search's reads are planned as the server plans them (server/graph/search.ts), on the same rules and indexes.
  const captionRules = await loadCaptionRules(db);
  const onlineIndexes = (await readFulltextIndexes(db)).filter((index) => index.state === 'ONLINE');
  // What a person types into the search box: whole names and the first letters of names.
  const terms = nodes.flatMap((n) => [n.name, n.name.slice(0, 4)]).slice(0, 40);
  const pairs = nodes.slice(0, 20).map((n, i) => [n, nodes[(i + 7) % nodes.length]!] as const);

  // The queries the server runs for the seed graph's focus (server/graph/repository.ts picks them the same way).
  const scanText = loadQuery('search-scan');
  const fulltextText = loadQuery('search-fulltext');
  const neighboursText = loadQuery('neighbours');
  const totalText = loadQuery('neighbour-total');
  const pathsText = loadQuery('shortest-paths');

  // The Ask page's own example questions for this graph; one that does not answer within 10 s alone would only
  // measure that query under load, so it is left out and reported.
  const questions: string[] = [];
  const asked: { cypher: string; params: Record<string, unknown> }[] = [];
  for (const question of (await describeForms(db)).flatMap((form) => form.examples).slice(0, 20)) {
    const started = performance.now();
    try {
      const answer = await postJson(`${baseUrl}/api/ask`, { question });
      if (!answer.cypher) continue;
      questions.push(question);
      asked.push({ cypher: answer.cypher, params: toDriverParams(answer.params ?? {}) });
    } catch (error) {
      excluded.push({ endpoint: 'ask', request: question, reason: `no answer in ${round((performance.now() - started) / 1000)} s alone (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  const consoleQueries = [
    { query: 'MATCH (c:Company)-[:OWNS]->(x) RETURN c.name AS owner, x.name AS owned LIMIT 25' },
    { query: 'MATCH (p:Person)-[:LEADS]->(c:Company) RETURN p.name AS person, c.name AS company LIMIT 25' },
    { query: 'MATCH (n:Entity {key: $key})-[r]-(m:Entity) RETURN n, r, m LIMIT 25', params: { key: nodes[0]!.key } },
    { query: 'MATCH (e:Event) RETURN e.name AS event, e.date AS date ORDER BY e.date DESC LIMIT 25' },
  ];

  const searchQueries = (i: number, readQuery: Runner) => {
    const reads = planSearch(terms[i % terms.length]!.trim(), 10, captionRules, onlineIndexes, { focus: FOCUS, labels: [] });
    const { scan } = reads;
    return Promise.all([
      scan ? readQuery(scanText, { targets: scan.targets, needle: scan.needle, prefixes: scan.prefixes, digits: scan.digits, perLabel: int(scan.perLabel), candidates: int(scan.candidates) }) : Promise.resolve(),
      ...reads.indexes.map((read) => readQuery(fulltextText, { index: read.index, lucene: read.lucene, limit: int(read.limit) })),
    ]);
  };
  const neighbourQueries = (i: number, readQuery: Runner) => {
    const q = { id: nodes[i % nodes.length]!.id, type: null, direction: 'both', focus: FOCUS };
    return Promise.all([readQuery(neighboursText, { ...q, skip: int(0), limit: int(25) }), readQuery(totalText, q)]);
  };
  const pathQuery = (i: number, readQuery: Runner) => {
    const [a, b] = pairs[i % pairs.length]!;
    return readQuery(pathsText, { from: a.id, to: b.id, focus: FOCUS, types: null, limit: int(25) });
  };

  return [
    {
      name: 'search',
      requests: terms.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}&limit=10` })),
      driver: searchQueries,
    },
    {
      name: 'neighbourhood',
      requests: nodes.map((n) => ({ method: 'GET', path: `/api/neighbours?id=${encodeURIComponent(n.id)}&limit=25` })),
      driver: neighbourQueries,
    },
    {
      name: 'path',
      requests: pairs.map(([a, b]) => ({ method: 'GET', path: `/api/paths?from=${encodeURIComponent(a.id)}&to=${encodeURIComponent(b.id)}&limit=25` })),
      driver: pathQuery,
    },
    {
      name: 'ask',
      requests: questions.map((question) => ({ method: 'POST', path: '/api/ask', body: { question } })),
      driver: (i, readQuery) => {
        const { cypher, params } = asked[i % asked.length]!;
        return readQuery(cypher, params);
      },
    },
    ...[consoleClients, CONSOLE_ALSO_AT]
      .filter((clients, i) => i === 0 || clients < consoleClients)
      .map((clients, i) => ({
        name: i === 0 ? 'console' : `console@${clients}`,
        requests: consoleQueries.map((body) => ({ method: 'POST' as const, path: '/api/cypher', body })),
        connections: clients,
        driver: (n: number, readQuery: Runner) => {
          const { query, params } = consoleQueries[n % consoleQueries.length]!;
          return readQuery(query, params ?? {});
        },
      })),
  ];
}

/**
 * Waits until the console answers `capacity` queries at once without a 503: the server opens its threads and
 * lines one after another at launch (a thread takes a second or two), and a load begun before that measures the start-up, not the path
 * (and its CPU would weigh on whatever endpoint is measured meanwhile).
 */
async function waitForConsoleLines(baseUrl: string, capacity: number, say: (line: string) => void): Promise<void> {
  const started = performance.now();
  const giveUpAt = started + 180_000;
  while (performance.now() < giveUpAt) {
    const statuses = await Promise.all(
      Array.from({ length: capacity }, () =>
        fetch(`${baseUrl}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) }).then(
          async (response) => (await response.arrayBuffer(), response.status),
          () => 0,
        ),
      ),
    );
    if (statuses.every((status) => status === 200)) {
      say(`api: the console answered ${capacity} queries at once after ${round((performance.now() - started) / 1000)} s`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The console did not answer ${capacity} queries at once within 180 s of the server's start.`);
}

/** Stops queries still running after a client gave up on them (an excluded question), so they do not load the runs. */
async function terminateLongTransactions(driver: Driver): Promise<void> {
  const running = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, elapsedTime, currentQuery WHERE elapsedTime.milliseconds > 5000 AND NOT currentQuery STARTS WITH 'SHOW' RETURN collect(transactionId) AS ids",
  );
  const ids = running.records[0]?.get('ids') as string[] | undefined;
  if (ids?.length) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
}

export function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** The real server in a Node process of its own; `env` adds to (or overrides) the benchmark's settings. */
export async function startServer(
  neo4jUri: string,
  say: (line: string) => void,
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  // BENCH_SERVER_PROFILE=DIR: the server writes a V8 CPU profile there when it stops (see bench/api/profile.ts).
  const profiling = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_SERVER_PROFILE)}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4jUri,
      NEO4J_PASSWORD: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 120 s:\n${output.slice(-2000)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Explorer ready on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}):\n${output.slice(-2000)}`));
    });
  });
  say(`api: server (pid ${child.pid}) on http://127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function soak(baseUrl: string, endpoints: Endpoint[], pid: number, options: ApiOptions): Promise<SoakResult> {
  const samples: { t: number; mb: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => samples.push({ t: (performance.now() - started) / 60_000, mb: residentMb(pid) }), 1000);
  samples.push({ t: 0, mb: residentMb(pid) });
  let stats: LoadStats;
  try {
    const mixed = endpoints.flatMap((e) => e.requests.slice(0, 8));
    stats = await httpLoad(baseUrl, mixed, options.connections, options.soakSeconds);
  } finally {
    clearInterval(sampler);
  }
  samples.push({ t: (performance.now() - started) / 60_000, mb: residentMb(pid) });
  const steady = samples.slice(Math.floor(samples.length / 5));
  const { slope } = linearFit(
    steady.map((s) => s.t),
    steady.map((s) => s.mb),
  );
  return {
    seconds: options.soakSeconds,
    requests: stats.requests,
    errors: stats.errors,
    rss_start_mb: round(samples[0]!.mb),
    rss_end_mb: round(samples.at(-1)!.mb),
    rss_max_mb: round(Math.max(...samples.map((s) => s.mb))),
    rss_slope_mb_per_min: round(slope),
  };
}

export async function runApiBenchmark(options: ApiOptions): Promise<{ api: ApiResult[]; soak: SoakResult; dataset: string; excluded: ExcludedRequest[] }> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const generated = path.join(options.dataDir, `company-${options.generatedNodes}n-${options.generatedNodes * 5}r-s1.json`);
  if (!fs.existsSync(generated)) {
    writeGraphFile(generateCompanyGraph({ nodes: options.generatedNodes, relationships: options.generatedNodes * 5, seed: 1 }), generated);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
  let local: LocalNeo4j | undefined;
  let db: Database | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    local = await startLocalNeo4j({ dataDir: home, port: await freePort(), heap: '1g', pageCache: '512m', txTimeoutSeconds: 30, txMaxSize: '2g' });
    db = new Database(createDriver(local.uri, 'neo4j', ''));
    const graph = readGraphFiles([SEED_FILE, generated]);
    const dataset = `the seed graph plus a generated graph: ${graph.nodes.length} entities, ${graph.relationships.length} relationships, ${graph.documents.reduce((s, d) => s + d.sentences.length, 0)} sentences`;
    options.say(`api: loading ${dataset}…`);
    await loadGraph(db, graph, { extraSchema: seedSchemaStatements() }); // the seed's indexes, as before
    // Every client is one address: the console's limits in flight (4 in all, 2 per address by default) raised to
    // the capacity it is measured at.
    const capacity = consoleCapacity(options.connections);
    server = await startServer(local.uri, options.say, { CONSOLE_CONNECTIONS: String(capacity), CONSOLE_PER_CLIENT: String(capacity) });
    await waitForConsoleLines(server.url, capacity, options.say);
    const excluded: ExcludedRequest[] = [];
    const endpoints = await buildEndpoints(db, server.url, capacity, excluded);
    for (const e of excluded) options.say(`api: left out of the ${e.endpoint} load: "${e.request}": ${e.reason}`);
    await terminateLongTransactions(db.driver);
    const api: ApiResult[] = [];
    // BENCH_API_ENDPOINTS=path,ask: measure only these (finding a cause; the soak still mixes all).
    const only = process.env.BENCH_API_ENDPOINTS?.split(',').map((name) => name.trim());
    for (const endpoint of endpoints.filter((e) => !only || only.includes(e.name))) {
      // A short warm-up of both paths (JIT in the server, query plans in Neo4j), then the measured runs, taken in
      // alternating rounds so that a change in the machine's load falls on both sides alike.
      const clients = endpoint.connections ?? options.connections;
      await httpLoad(server.url, endpoint.requests, clients, options.warmupSeconds);
      const viaExecuteQuery = (i: number) => endpoint.driver(i, executeQueryRunner(db!.driver));
      const viaAutoCommit = (i: number) => endpoint.driver(i, autoCommitRunner(db!.driver));
      await concurrentLoad(viaExecuteQuery, clients, options.warmupSeconds);
      await concurrentLoad(viaAutoCommit, clients, options.warmupSeconds);
      const [http, bare, autoCommit] = await interleavedLoads(
        [
          (seconds) => httpSample(server!.url, endpoint.requests, clients, seconds),
          (seconds) => concurrentSample(viaExecuteQuery, clients, seconds),
          (seconds) => concurrentSample(viaAutoCommit, clients, seconds),
        ],
        options.secondsPerEndpoint,
        options.rounds,
      );
      const result: ApiResult = {
        endpoint: endpoint.name,
        p50_ms: http!.p50_ms,
        p99_ms: http!.p99_ms,
        rps: http!.rps,
        errors: http!.errors,
        driver_p50_ms: bare!.p50_ms,
        driver_p99_ms: bare!.p99_ms,
        driver_rps: bare!.rps,
        overhead_ratio: round(http!.p99_ms / bare!.p99_ms),
        autocommit_p99_ms: autoCommit!.p99_ms,
        overhead_vs_autocommit: round(http!.p99_ms / autoCommit!.p99_ms),
        new_connection_p50_ms: http!.first_p50_ms ?? null,
      };
      api.push(result);
      options.say(
        `api: ${endpoint.name.padEnd(13)} p50 ${result.p50_ms} ms  p99 ${result.p99_ms} ms  ${result.rps} req/s  (driver p99 ${result.driver_p99_ms} ms, ${result.driver_rps} req/s)  overhead ×${result.overhead_ratio} (vs auto-commit p99 ${result.autocommit_p99_ms} ms: ×${result.overhead_vs_autocommit}; first response on a new connection p50 ${result.new_connection_p50_ms} ms)${http!.errors ? `  ${http!.errors} errors` : ''}${bare!.errors ? `  driver errors ${bare!.errors}` : ''}`,
      );
    }
    options.say(`api: soak, all endpoints mixed, ${options.soakSeconds} s…`);
    const soakResult = await soak(server.url, endpoints, server.child.pid!, options);
    options.say(`api: soak: RSS ${soakResult.rss_start_mb} → ${soakResult.rss_end_mb} MB (max ${soakResult.rss_max_mb}), slope ${soakResult.rss_slope_mb_per_min} MB/min, ${soakResult.requests} requests, ${soakResult.errors} errors`);
    return { api, soak: soakResult, dataset, excluded };
  } finally {
    await server?.stop();
    await db?.close();
    await local?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
