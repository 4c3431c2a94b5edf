// How much slower a new connection's first response is than the next ones, against a bare Node HTTP server (no
// Express, no Neo4j): 50 autocannon connections, three 2-second rounds. Why the API benchmark keeps first
// responses apart from the rest. Run: npx tsx bench/api/firstRequest.ts
import http from 'node:http';
import autocannon from 'autocannon';
import { percentile, round } from '../lib/stats.ts';

const server = http.createServer((_request, response) => {
  let sum = 0;
  for (let i = 0; i < 200_000; i++) sum += i; // a little work per request, as an API does
  response.end(JSON.stringify({ sum }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
for (let round_ = 1; round_ <= 3; round_++) {
  const connected = new Set<unknown>();
  const first: number[] = [];
  const rest: number[] = [];
  const run = autocannon({ url: `http://127.0.0.1:${port}/`, connections: 50, duration: 2 }) as Promise<autocannon.Result> & NodeJS.EventEmitter;
  run.on('response', (client: unknown, _status: number, _bytes: number, ms: number) => {
    (connected.has(client) ? rest : first).push(ms);
    connected.add(client);
  });
  await run;
  console.log(
    `round ${round_}: first response on a new connection p50 ${round(percentile(first, 50))} ms, max ${round(Math.max(...first))} ms (${first.length}); ` +
      `later responses p50 ${round(percentile(rest, 50))} ms, p99 ${round(percentile(rest, 99))} ms (${rest.length})`,
  );
}
server.close();
