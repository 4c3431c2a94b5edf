// Load generators with the same shape of result: autocannon against the HTTP server, and a pool of concurrent
// async workers calling the bare driver. Latencies in milliseconds; requests to 127.0.0.1 only.
import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.ts';

export interface LoadStats {
  p50_ms: number;
  p99_ms: number;
  rps: number;
  requests: number;
  errors: number;
}

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export async function httpLoad(baseUrl: string, requests: HttpRequestSpec[], connections: number, seconds: number): Promise<LoadStats> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`The benchmark only sends requests to 127.0.0.1, not ${baseUrl}.`);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({
      method: r.method,
      path: r.path,
      headers: r.body === undefined ? {} : { 'content-type': 'application/json' },
      body: r.body === undefined ? undefined : JSON.stringify(r.body),
    })),
  });
  return {
    p50_ms: round(result.latency.p50),
    p99_ms: round(result.latency.p99),
    rps: round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** `connections` workers call `work(i)` back to back for `seconds`; i cycles so every worker spreads over the inputs. */
export async function concurrentLoad(work: (i: number) => Promise<unknown>, connections: number, seconds: number): Promise<LoadStats> {
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
  const elapsed = (performance.now() - started) / 1000;
  return {
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    rps: round(latencies.length / elapsed),
    requests: latencies.length,
    errors,
  };
}
