// Times an ask over the whole question suite (not a test: speed is never asserted). Run with
//   npx tsx test/integration/ask-measure.ts [passes]
// against NEO4J_URI (seeded) or else a local Neo4j started here on a temporary folder and a free port, with the
// seed graph loaded. One warm-up pass, then `passes` timed passes (default 5); prints count, median, p90, p99, max.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../../server/ask/service.ts';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { loadSeed, seedPresent } from '../../server/loader/seed.ts';
import { freePort } from '../helpers/ports.ts';
import { ASK_SUITE, problemsWith } from './ask-suite.ts';

const passes = Number(process.argv[2] ?? 5);

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

async function main(): Promise<void> {
  let local: LocalNeo4j | undefined;
  let folder: string | undefined;
  let db: Database;
  if (process.env.NEO4J_URI) {
    db = new Database(createDriver(process.env.NEO4J_URI, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), process.env.NEO4J_DATABASE || undefined);
  } else {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ask-measure-'));
    local = await startLocalNeo4j({ dataDir: folder, port: await freePort(), heap: '768m', pageCache: '128m', txTimeoutSeconds: 60, txMaxSize: '256m' });
    db = new Database(createDriver(local.uri, 'neo4j', ''));
  }
  try {
    if (!(await seedPresent(db))) await loadSeed(db);
    let failures = 0;
    for (const test of ASK_SUITE) if (problemsWith(test, await ask(db, test.question)).length) failures++;
    const times: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      for (const test of ASK_SUITE) {
        const started = performance.now();
        await ask(db, test.question);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    process.stdout.write(
      `Suite: ${ASK_SUITE.length} questions, ${ASK_SUITE.length - failures} pass (warm-up pass).\n` +
        `Timed: ${times.length} asks (${passes} passes): median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, ` +
        `p99 ${ms(quantile(times, 0.99))}, max ${ms(times.at(-1)!)}.\n`,
    );
  } finally {
    await db.close();
    await local?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
