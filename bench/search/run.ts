// Search on the generated graph (1M relationships in the full run): p50/p99 of the search service, first with no
// full-text index at all (the bounded scan), then after `npm run index`'s indexes (createSearchIndexes).
// Queries are drawn from the graph's own names: whole names, first words, prefixes, names with one typo, keys.
// The service is called in-process (no HTTP), one search at a time, so the figures are search's own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver, Database } from '../../server/db/driver.ts';
import { startLocalNeo4j } from '../../server/db/localNeo4j.ts';
import { search } from '../../server/graph/service.ts';
import { createSearchIndexes } from '../../server/graph/searchIndexes.ts';
import { readFulltextIndexes } from '../../server/graph/repository.ts';
import { quoteName } from '../../server/schema/repository.ts';
import { loadGraph } from '../../server/loader/load.ts';
import { readGraphFiles } from '../../server/loader/read.ts';
import { generateCompanyGraph, writeGraphFile } from '../generate.ts';
import { createRandom } from '../lib/random.ts';
import { percentile, round } from '../lib/stats.ts';
import { freePort } from '../../test/helpers/ports.ts';

export interface SearchBenchOptions {
  nodes: number;
  relationships: number;
  queries: number;
  rounds: number;
  heap: string;
  pageCache: string;
  dataDir: string;
  say: (line: string) => void;
}

export interface SearchTiming {
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Searches that found the node the query was drawn from in their first 10 options. */
  found_share: number;
  /** Searches whose answer said the scan could not read everything. */
  partial_share: number;
}

export interface SearchBenchResult {
  graph: string;
  queries: number;
  without_index: SearchTiming;
  with_index: SearchTiming;
  index_build_s: number;
  indexes: string[];
}

interface Query {
  text: string;
  expect: string;
}

/** Whole names, first words, 4-letter prefixes, one-letter typos and keys, in equal shares. */
function drawQueries(names: { name: string; key: string }[], count: number): Query[] {
  const random = createRandom(7);
  const queries: Query[] = [];
  for (let i = 0; queries.length < count; i++) {
    const { name, key } = names[random.int(names.length)]!;
    const kind = i % 5;
    if (kind === 0) queries.push({ text: name, expect: name });
    else if (kind === 1) queries.push({ text: name.split(' ')[0]!, expect: name });
    else if (kind === 2) queries.push({ text: name.slice(0, 4), expect: name });
    else if (kind === 3 && name.length >= 6) {
      const at = 2 + random.int(name.length - 3);
      queries.push({ text: name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2), expect: name });
    } else queries.push({ text: key, expect: name });
  }
  return queries;
}

async function measure(db: Database, queries: Query[], rounds: number): Promise<SearchTiming> {
  for (const q of queries.slice(0, 5)) await search(db, q.text, 10); // warm the plan cache and the memos
  const times: number[] = [];
  let found = 0;
  let partial = 0;
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const q of queries) {
      const started = performance.now();
      const answer = await search(db, q.text, 10);
      times.push(performance.now() - started);
      if (round_ === 0) {
        if (answer.hits.some((h) => h.caption === q.expect)) found++;
        if (answer.hint) partial++;
      }
    }
  }
  return {
    p50_ms: round(percentile(times, 50)),
    p99_ms: round(percentile(times, 99)),
    max_ms: round(Math.max(...times)),
    found_share: round(found / queries.length),
    partial_share: round(partial / queries.length),
  };
}

export async function runSearchBenchmark(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const { say } = options;
  fs.mkdirSync(options.dataDir, { recursive: true });
  // The same file as the ingest part's, so a full run generates it once.
  const file = path.join(options.dataDir, `company-${options.nodes}n-${options.relationships}r-s1.json`);
  if (!fs.existsSync(file)) {
    say(`search: generating ${options.nodes} nodes, ${options.relationships} relationships…`);
    writeGraphFile(generateCompanyGraph({ nodes: options.nodes, relationships: options.relationships, seed: 1 }), file);
  }
  const graph = readGraphFiles([file]);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-search-'));
  const local = await startLocalNeo4j({ dataDir: home, port: await freePort(), heap: options.heap, pageCache: options.pageCache, txTimeoutSeconds: 900, txMaxSize: '2g', startTimeoutMs: 600_000 });
  const db = new Database(createDriver(local.uri, 'neo4j', ''));
  try {
    say(`search: loading ${graph.nodes.length} nodes, ${graph.relationships.length} relationships…`);
    await loadGraph(db, graph);
    // "Without index": no full-text index at all (the loader's own names index included).
    for (const index of await readFulltextIndexes(db)) await db.run(`DROP INDEX ${quoteName(index.name)}`, {}, 'WRITE');
    const names = graph.nodes
      .filter((n) => typeof n.properties.name === 'string')
      .map((n) => ({ name: n.properties.name as string, key: n.key }));
    const queries = drawQueries(names, options.queries);
    say(`search: ${queries.length} queries × ${options.rounds} rounds without a full-text index…`);
    const withoutIndex = await measure(new Database(db.driver), queries, options.rounds);
    say(`search:   p50 ${withoutIndex.p50_ms} ms, p99 ${withoutIndex.p99_ms} ms`);
    const started = performance.now();
    const steps = await createSearchIndexes(db);
    const indexBuild = (performance.now() - started) / 1000;
    say(`search: indexes built in ${round(indexBuild)} s; ${queries.length} queries × ${options.rounds} rounds with them…`);
    const withIndex = await measure(new Database(db.driver), queries, options.rounds);
    say(`search:   p50 ${withIndex.p50_ms} ms, p99 ${withIndex.p99_ms} ms`);
    return {
      graph: `${graph.nodes.length} nodes, ${graph.relationships.length} relationships (generated, seed 1)`,
      queries: queries.length * options.rounds,
      without_index: withoutIndex,
      with_index: withIndex,
      index_build_s: round(indexBuild),
      indexes: steps.filter((s) => s.action === 'create').map((s) => `${s.name} (${s.keys.join(', ')})`),
    };
  } finally {
    await db.close();
    await local.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
