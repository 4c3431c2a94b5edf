// Global setup: one local Neo4j per run on a temporary data folder of its own (never the person's data),
// or the server named by NEO4J_URI. A second local DBMS holds the public Movies graph for "any database" tests.
// The URIs reach the tests through provide()/inject().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { freePort } from './ports.ts';
import { prepareTestDatabases } from './prepareDatabases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUsername: string;
    neo4jPassword: string;
    neo4jDatabase: string;
    moviesUri: string;
    localDataDir: string;
  }
}

const started: LocalNeo4j[] = [];
let tempRoot: string | undefined;

async function startLocal(name: string): Promise<LocalNeo4j> {
  tempRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explorer-test-'));
  const local = await startLocalNeo4j({
    dataDir: path.join(tempRoot, name),
    port: await freePort(),
    heap: '768m',
    pageCache: '128m',
    txTimeoutSeconds: 60,
    txMaxSize: '256m',
    startTimeoutMs: 600_000, // a shared machine under load can take minutes
    onProgress: (line) => process.stdout.write(`[neo4j ${name}] ${line}\n`),
  });
  started.push(local);
  process.stdout.write(`[neo4j ${name}] ready on ${local.uri} in ${(local.startMs / 1000).toFixed(1)} s\n`);
  return local;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  // NEO4J_MOVIES_URI: a DBMS already running (auth disabled) to hold Movies, instead of starting one here.
  const externalMovies = process.env.NEO4J_MOVIES_URI;
  const [main, movies] = await Promise.all([
    external ? undefined : startLocal('main'),
    externalMovies ? { uri: externalMovies } : startLocal('movies'),
  ]);
  const mainUri = external ?? main!.uri;
  project.provide('neo4jUri', mainUri);
  project.provide('neo4jUsername', external ? (process.env.NEO4J_USERNAME ?? 'neo4j') : 'neo4j');
  project.provide('neo4jPassword', external ? (process.env.NEO4J_PASSWORD ?? '') : '');
  project.provide('neo4jDatabase', external ? (process.env.NEO4J_DATABASE ?? '') : '');
  project.provide('moviesUri', movies!.uri);
  project.provide('localDataDir', main?.dataDir ?? '');
  const teardown = async () => {
    await Promise.all(started.map((local) => local.stop()));
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  };
  try {
    await prepareTestDatabases({ mainUri, moviesUri: movies!.uri });
  } catch (error) {
    // Vitest runs no teardown for a setup that failed: stop the DBMSs here, or the run hangs on them.
    await teardown();
    throw error;
  }
  return teardown;
}
