// Load generators with the same shape of result: autocannon against the HTTP server, and a pool of concurrent
// async workers calling the bare driver. Each returns its raw latencies (milliseconds), so runs taken in turns can
// be pooled (`interleavedLoads`): on a shared machine the load drifts, and taking both sides in alternating rounds
// lets a drift hit both alike. Requests go to 127.0.0.1 only.
import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.ts';

export interface LoadStats {
  p50_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  errors: number;
}

/** What one run measured: every successful request's latency, the run's length and its failures. */
export interface LoadSample {
  latencies: number[];
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
  return {
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    rps: round(latencies.length / seconds),
    requests: latencies.length,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
  };
}

export async function httpSample(baseUrl: string, requests: HttpRequestSpec[], connections: number, seconds: number): Promise<LoadSample> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`The benchmark only sends requests to 127.0.0.1, not ${baseUrl}.`);
  const latencies: number[] = [];
  const started = performance.now();
  // Without a callback autocannon returns its event emitter, which is also a promise of the result.
  const run = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({
      method: r.method,
      path: r.path,
      headers: r.body === undefined ? {} : { 'content-type': 'application/json' },
      body: r.body === undefined ? undefined : JSON.stringify(r.body),
    })),
  }) as Promise<autocannon.Result> & NodeJS.EventEmitter;
  run.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode < 400) latencies.push(responseTime);
  });
  const result = await run;
  return { latencies, seconds: (performance.now() - started) / 1000, errors: result.errors + result.timeouts + result.non2xx };
}

export async function httpLoad(baseUrl: string, requests: HttpRequestSpec[], connections: number, seconds: number): Promise<LoadStats> {
  return summarise([await httpSample(baseUrl, requests, connections, seconds)]);
}

/** `connections` workers call `work(i)` back to back for `seconds`; i cycles so every worker spreads over the inputs. */
export async function concurrentSample(work: (i: number) => Promise<unknown>, connections: number, seconds: number): Promise<LoadSample> {
  const latencies: number[] = [];
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
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
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
