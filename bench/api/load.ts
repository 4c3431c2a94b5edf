// Load generators with the same shape of result: autocannon against the HTTP server, and a pool of concurrent
// async workers calling the bare driver. Each returns its raw latencies (milliseconds), so runs taken in turns can
// be pooled (`interleavedLoads`): on a shared machine the load drifts, and taking both sides in alternating rounds
// lets a drift hit both alike. Requests go to 127.0.0.1 only.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.ts';

export interface LoadStats {
  /** HTTP only: median first response on a new connection. */
  first_p50_ms?: number;
  p50_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  errors: number;
}

/** What one run measured: every successful request's latency, the run's length and its failures. */
export interface LoadSample {
  latencies: number[];
  /** HTTP only: the first response of each connection (opening the connection included), not in `latencies`. */
  firstLatencies?: number[];
  seconds: number;
  errors: number;
}

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export function summarise(samples: readonly LoadSample[]): LoadStats {
  const latencies = samples.flatMap((s) => s.latencies);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  const first = samples.flatMap((s) => s.firstLatencies ?? []);
  return {
    ...(first.length ? { first_p50_ms: round(percentile(first, 50)) } : {}),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    rps: round((latencies.length + first.length) / seconds),
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
  };
}

export async function httpSample(baseUrl: string, requests: HttpRequestSpec[], connections: number, seconds: number): Promise<LoadSample> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`The benchmark only sends requests to 127.0.0.1, not ${baseUrl}.`);
  const prepared = requests.map((r) => ({
    method: r.method,
    path: r.path,
    headers: r.body === undefined ? {} : { 'content-type': 'application/json' },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  }));
  let cursor = 0;
  const latencies: number[] = [];
  // BENCH_API_TRACE=FILE: every response's time into the run and latency, to see whether slow ones come together.
  const trace = process.env.BENCH_API_TRACE ? ([] as string[]) : undefined;
  const connected = new Set<unknown>();
  const firstLatencies: number[] = [];
  const started = performance.now();
  // Without a callback autocannon returns its event emitter, which is also a promise of the result.
  const run = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    // One shared cursor over the requests, as the driver workers have: each connection takes the next one. (Each
    // connection walking the list on its own would keep all 50 in step, sending the same request at once.)
    requests: [{ setupRequest: (request) => ({ ...request, ...prepared[cursor++ % prepared.length]! }) }],
  }) as Promise<autocannon.Result> & NodeJS.EventEmitter;
  run.on('response', (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 400) return;
    // A connection's first response includes opening it: a bare Node server answers those 4-10× slower here
    // (bench/api/firstRequest.ts). The driver's pool is warm when measured, so they are kept apart.
    const first = !connected.has(client);
    connected.add(client);
    (first ? firstLatencies : latencies).push(responseTime);
    trace?.push(`${(performance.now() - started).toFixed(0)}\t${responseTime.toFixed(1)}${first ? '\tfirst' : ''}`);
  });
  const result = await run;
  if (trace) fs.appendFileSync(process.env.BENCH_API_TRACE!, `# http ${new Date().toISOString()}\n${trace.join('\n')}\n`);
  return { latencies, firstLatencies, seconds: (performance.now() - started) / 1000, errors: result.errors + result.timeouts + result.non2xx };
}

export async function httpLoad(baseUrl: string, requests: HttpRequestSpec[], connections: number, seconds: number): Promise<LoadStats> {
  return summarise([await httpSample(baseUrl, requests, connections, seconds)]);
}

/** `connections` workers call `work(i)` back to back for `seconds`; i cycles so every worker spreads over the inputs. */
export async function concurrentSample(work: (i: number) => Promise<unknown>, connections: number, seconds: number): Promise<LoadSample> {
  const latencies: number[] = [];
  const trace = process.env.BENCH_API_TRACE ? ([] as string[]) : undefined;
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = counter++;
      const t0 = performance.now();
      try {
        await work(i);
        latencies.push(performance.now() - t0);
        trace?.push(`${(performance.now() - started).toFixed(0)}\t${(performance.now() - t0).toFixed(1)}`);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  if (trace) fs.appendFileSync(process.env.BENCH_API_TRACE!, `# driver ${new Date().toISOString()}\n${trace.join('\n')}\n`);
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

export async function concurrentLoad(work: (i: number) => Promise<unknown>, connections: number, seconds: number): Promise<LoadStats> {
  return summarise([await concurrentSample(work, connections, seconds)]);
}

/** Runs each load `rounds` times in turn (a, b, a, b, …), `seconds` in all per load, and pools each one's samples. */
export async function interleavedLoads(loads: readonly ((seconds: number) => Promise<LoadSample>)[], seconds: number, rounds: number): Promise<LoadStats[]> {
  const samples: LoadSample[][] = loads.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, load] of loads.entries()) samples[i]!.push(await load(seconds / rounds));
  }
  return samples.map(summarise);
}
