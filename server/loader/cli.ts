// The loader on the command line:
//   npm run seed                        the article's graph (data/seed/alibaba.graph.json)
//   npm run load -- FILE [FILE …]       graph files: .json (documents, nodes, relationships) and .csv
//   npm run load -- --cypher FILE       a Cypher script, e.g. data/datasets/movies.cypher
//   npm run load -- --cypher FILE --import-dir DIR   … whose LOAD CSV reads file:/// URLs from DIR (local DBMS only)
// Files are validated before any database is touched. The database is the one NEO4J_URI names, or else the
// local DBMS (started here, on NEO4J_DATA_DIR) — the same choice as `npm start`.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { connect, type Connection } from '../db/runtime.ts';
import { LocalNeo4jError } from '../db/localNeo4j.ts';
import { GraphFileError, type Graph } from './format.ts';
import { readGraphFiles } from './read.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, LARGE_BATCH_SIZE, LARGE_PHASE_ROWS, LoadInterrupted, loadGraph, type LoadPhase } from './load.ts';
import { keyLabelsOf } from './schema.ts';
import { describeLoad, SEED_FILE } from './seed.ts';
import { CypherScriptError, prepareScript, runCypherScript } from './runScript.ts';
import { createProgressBar } from './progress.ts';

const USAGE = `Usage:
  npm run seed                          load the article's knowledge graph (${SEED_FILE.replace(process.cwd() + '/', '')})
  npm run load -- FILE [FILE ...]       load graph files: .json, or .csv nodes/relationships files
  npm run load -- --cypher FILE         run a Cypher script (Neo4j 4.x schema syntax is translated)
Options:
  --import-dir DIR     with --cypher: LOAD CSV FROM 'file:///name.csv' reads DIR/name.csv (the local DBMS only)
  --check              validate only; write nothing (no database needed for graph files)
  --batch-size N       rows per transaction (default ${DEFAULT_BATCH_SIZE}; ${LARGE_BATCH_SIZE} in a phase of ${LARGE_PHASE_ROWS}+ rows)
  --concurrency N      sessions writing nodes and relationships at once (default ${DEFAULT_CONCURRENCY})
Database: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or else the local Neo4j in NEO4J_DATA_DIR.`;

/** Loads shown with a progress bar: smaller ones finish too fast for one to help. */
const PROGRESS_THRESHOLD = 5000;

interface Options {
  seed: boolean;
  cypher?: string;
  importDir?: string;
  files: string[];
  check: boolean;
  batchSize?: number;
  concurrency?: number;
}

class UsageError extends Error {}

export function parseArguments(args: readonly string[]): Options {
  const options: Options = { seed: false, files: [], check: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--seed') options.seed = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--cypher') {
      options.cypher = args[++i];
      if (!options.cypher) throw new UsageError('--cypher needs a file');
    } else if (arg === '--import-dir' || arg.startsWith('--import-dir=')) {
      options.importDir = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!options.importDir) throw new UsageError('--import-dir needs a folder');
    } else if (arg === '--batch-size') {
      options.batchSize = Number(args[++i]);
      if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new UsageError('--batch-size needs a whole number above 0');
    } else if (arg === '--concurrency') {
      options.concurrency = Number(args[++i]);
      if (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > 16) throw new UsageError('--concurrency needs a whole number from 1 to 16');
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  const modes = [options.seed, Boolean(options.cypher), options.files.length > 0].filter(Boolean).length;
  if (modes !== 1) throw new UsageError(modes === 0 ? 'name a file to load' : 'give either --seed, --cypher FILE, or graph files');
  if (options.importDir && !options.cypher) throw new UsageError('--import-dir goes with --cypher FILE: it is where the script\'s LOAD CSV reads files');
  if (options.seed) options.files = [SEED_FILE];
  return options;
}

const say = (line: string) => process.stdout.write(line + '\n');

async function withDatabase<T>(work: (connection: Connection) => Promise<T>, local: { importDir?: string } = {}): Promise<T> {
  const config = parseConfig();
  const connection = await connect(config, createLogger('warn'), say, local);
  say(`Database: ${connection.local ? `local Neo4j (${config.local.dataDir})` : connection.uri}${config.neo4j.database ? `, database "${config.neo4j.database}"` : ''}`);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function loadFiles(options: Options): Promise<void> {
  const started = Date.now();
  const graph: Graph = readGraphFiles(options.files);
  const size = `${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${graph.documents.length} documents`;
  say(`Valid: ${options.files.join(', ')} (${size}; read and checked in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (options.check) {
    say(`Loading needs a uniqueness constraint on key for: ${keyLabelsOf(graph).map((label) => `:${label}`).join(', ') || 'nothing'} (created if missing). Not loaded (--check).`);
    return;
  }
  await withDatabase(async ({ db }) => {
    const total = graph.nodes.length + graph.relationships.length;
    const bar = total >= PROGRESS_THRESHOLD ? createProgressBar(total + graph.documents.length + graph.documents.reduce((n, d) => n + d.sentences.length, 0)) : undefined;
    const names: Record<LoadPhase, string> = { documents: 'documents', sentences: 'sentences', nodes: 'nodes', relationships: 'relationships' };
    const stats = await loadGraph(db, graph, {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      onProgress: ({ phase, done }) => bar?.update(done, names[phase]),
      onWarning: (message) => say(`Warning: ${message}`),
    });
    bar?.finish();
    say(`Schema: ${stats.schema.created.length > 0 ? `created ${stats.schema.created.join(', ')}` : 'nothing created'}${stats.schema.present.length > 0 ? `; already there: ${stats.schema.present.join(', ')}` : ''}.`);
    say(`Loaded ${describeLoad(stats)}: ${stats.nodesCreated} nodes and ${stats.relationshipsCreated} relationships new, the rest already there.`);
    const phases = Object.entries(stats.phaseMs).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`);
    say(`Time by phase: ${phases.join(', ')}; schema and checks ${((stats.ms - Object.values(stats.phaseMs).reduce((a, b) => a + b, 0)) / 1000).toFixed(1)} s; ${stats.batches} batches.`);
  });
}

/** The folder LOAD CSV may read, checked before any DBMS starts; refused when NEO4J_URI names another server. */
export function checkImportDir(importDir: string | undefined, remoteUri: string | undefined): string | undefined {
  if (!importDir) return undefined;
  if (remoteUri) {
    throw new UsageError(
      `--import-dir applies to the local DBMS only; NEO4J_URI names ${remoteUri}, which reads file:/// URLs from its own import folder ` +
        '(server.directories.import, and only with dbms.security.allow_csv_import_from_file_urls=true). Copy the CSV files there and drop --import-dir, or unset NEO4J_URI.',
    );
  }
  const folder = path.resolve(importDir);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UsageError(`--import-dir ${importDir}: no such folder`);
  return folder;
}

async function runScript(file: string, check: boolean, importDirArgument: string | undefined): Promise<void> {
  const script = fs.readFileSync(file, 'utf8');
  const prepared = prepareScript(script);
  for (const note of prepared.notes) say(`${file}:${note.line}: ${note.message}`);
  if (prepared.problems.length > 0) throw new CypherScriptError(file, prepared.problems);
  if (check) {
    say(`${prepared.statements.length} statements; not run (--check).`);
    return;
  }
  const remoteUri = parseConfig().neo4j.uri;
  const importDir = checkImportDir(importDirArgument, remoteUri);
  if (importDir) say(`LOAD CSV reads file:/// URLs from ${importDir}`);
  await withDatabase(
    async ({ db }) => {
      const result = await runCypherScript(db, script, file, { importDir, remoteUri });
      say(
        `Ran ${result.statements} statements in ${(result.ms / 1000).toFixed(1)} s: ${result.nodesCreated} nodes, ${result.relationshipsCreated} relationships, ` +
          `${result.propertiesSet} properties, ${result.constraintsAdded} constraints, ${result.indexesAdded} indexes added.`,
      );
    },
    { importDir },
  );
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options.cypher) await runScript(options.cypher, options.check, options.importDir);
  else await loadFiles(options);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${USAGE}\n`);
    process.exit(error.message ? 2 : 0);
  }
  if (error instanceof LocalNeo4jError && error.code === 'LOCKED') {
    const withImportDir = process.argv.some((arg) => arg.startsWith('--import-dir'));
    process.stderr.write(
      withImportDir
        ? `${error.message}\n--import-dir starts the local DBMS with file URLs allowed, for this script only: stop the explorer first (its DBMS never reads local files).\n`
        : `${error.message}\nIf the explorer is running, stop it first, or load into its database with NEO4J_URI=bolt://127.0.0.1:<NEO4J_LOCAL_PORT, 17687 by default>.\n`,
    );
  } else if (error instanceof LoadInterrupted) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof GraphFileError || error instanceof CypherScriptError || error instanceof ConfigError || error instanceof LocalNeo4jError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Loading failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
