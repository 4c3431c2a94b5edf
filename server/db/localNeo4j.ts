// The local Neo4j 5.26 Community DBMS, run as a child JVM (neo4j/Launcher.java) behind Bolt on loopback.
// Resolves the jars once with Maven, compiles the launcher once, then starts without touching the network.
// The JVM exits when its stdin closes, so it never outlives this process, even after a SIGKILL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LIB_DIR = path.join(NEO4J_DIR, 'target', 'lib');
const CLASSES_DIR = path.join(NEO4J_DIR, 'target', 'classes');
const LAUNCHER_SOURCE = path.join(NEO4J_DIR, 'src', 'main', 'java', 'explorer', 'Launcher.java');
const LAUNCHER_CLASS = path.join(CLASSES_DIR, 'explorer', 'Launcher.class');

/**
 * JVM properties that send every http, https and ftp connection the DBMS opens (LOAD CSV's, or any other) to a
 * proxy on a loopback port where nothing listens, with no host exempted (Java exempts localhost by default): the
 * connection is refused. A second lock behind Neo4j's own LOAD CSV address blocklist (set by the launcher).
 */
export const DEAD_PROXY = { host: '127.0.0.1', port: 1 };
const NO_OUTGOING_CONNECTIONS = ['http', 'https', 'ftp'].flatMap((scheme) => [
  `-D${scheme}.proxyHost=${DEAD_PROXY.host}`,
  `-D${scheme}.proxyPort=${DEAD_PROXY.port}`,
  ...(scheme === 'https' ? [] : [`-D${scheme}.nonProxyHosts=`]), // https shares http.nonProxyHosts
]);

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  txTimeoutSeconds: number;
  txMaxSize: string;
  /** Procedures and functions the DBMS loads at all (dbms.security.procedures.allowlist); empty: Neo4j's default. */
  procedureAllowlist?: readonly string[];
  /**
   * A folder LOAD CSV may read file:/// URLs from (server.directories.import, file URLs allowed). Only the
   * loader passes one, for one script; the explorer's DBMS never has one, so file URLs stay refused there.
   */
  importDir?: string;
  /** Progress lines for a person watching the terminal. */
  onProgress?: (line: string) => void;
  startTimeoutMs?: number;
}

export class LocalNeo4jError extends Error {
  readonly code: 'NO_JAVA' | 'NO_MAVEN' | 'RESOLVE_FAILED' | 'COMPILE_FAILED' | 'LOCKED' | 'PORT_IN_USE' | 'START_FAILED' | 'START_TIMEOUT';
  constructor(code: LocalNeo4jError['code'], message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
    this.code = code;
  }
}

const NO_DATABASE_HINT =
  'There are two ways to get a database: install Java 17 or newer (apt-get install -y openjdk-17-jre-headless maven) so that a local Neo4j can start, ' +
  'or set NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to a Neo4j server you already run.';

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

function jarsPresent(): boolean {
  return fs.existsSync(LIB_DIR) && fs.readdirSync(LIB_DIR).some((name) => name.startsWith('neo4j-kernel'));
}

function launcherCompiled(): boolean {
  return fs.existsSync(LAUNCHER_CLASS) && fs.statSync(LAUNCHER_CLASS).mtimeMs >= fs.statSync(LAUNCHER_SOURCE).mtimeMs;
}

/** Makes sure the jars are resolved and the launcher compiled. Only the first run touches the network. */
export function prepareLocalNeo4j(onProgress: (line: string) => void = () => {}): void {
  if (!hasCommand('java', ['-version'])) throw new LocalNeo4jError('NO_JAVA', `Java was not found. ${NO_DATABASE_HINT}`);
  if (!jarsPresent()) {
    if (!hasCommand('mvn', ['-v'])) throw new LocalNeo4jError('NO_MAVEN', `Maven was not found to resolve Neo4j's jars. ${NO_DATABASE_HINT}`);
    onProgress('Resolving Neo4j 5.26 jars with Maven (first run only, about 120 MB)…');
    const started = Date.now();
    const result = spawnSync(
      'mvn',
      ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`, '-DincludeScope=runtime'],
      { cwd: NEO4J_DIR, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new LocalNeo4jError('RESOLVE_FAILED', `Maven could not resolve Neo4j's jars:\n${(result.stdout + result.stderr).slice(-2000)}`);
    }
    onProgress(`Neo4j jars resolved in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  }
  if (!launcherCompiled()) {
    const result = spawnSync('javac', ['-cp', path.join(LIB_DIR, '*'), '-d', CLASSES_DIR, LAUNCHER_SOURCE], { encoding: 'utf8' });
    if (result.status !== 0) throw new LocalNeo4jError('COMPILE_FAILED', `Could not compile the Neo4j launcher:\n${result.stderr}`);
  }
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  readonly pid: number;
  readonly startMs: number;
  /** Stops Neo4j cleanly (closing its stdin), then forcefully after a grace period. */
  stop(): Promise<void>;
  readonly exited: Promise<number | null>;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => {});
  prepareLocalNeo4j(progress);
  fs.mkdirSync(options.dataDir, { recursive: true });
  progress(`Starting Neo4j (data in ${options.dataDir})…`);
  const started = Date.now();
  const args = [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...NO_OUTGOING_CONNECTIONS,
    '-cp',
    `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
    'explorer.Launcher',
    `--home=${options.dataDir}`,
    `--port=${options.port}`,
    `--pagecache=${options.pageCache}`,
    `--tx-timeout-s=${options.txTimeoutSeconds}`,
    `--tx-max=${options.txMaxSize}`,
  ];
  if (options.importDir) args.push(`--import-dir=${path.resolve(options.importDir)}`);
  if (options.procedureAllowlist?.length) args.push(`--procedures=${options.procedureAllowlist.join(',')}`);
  const child: ChildProcess = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
  });

  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError('START_TIMEOUT', `Neo4j did not start within ${(options.startTimeoutMs ?? 120_000) / 1000} s. ${stderrTail}`));
    }, options.startTimeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line.startsWith('READY')) {
          clearTimeout(timeout);
          child.stdout?.off('data', onData);
          resolve();
          return;
        }
        if (line.startsWith('ERROR')) {
          clearTimeout(timeout);
          reject(launcherFailure(line, options));
          return;
        }
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new LocalNeo4jError('START_FAILED', `Neo4j exited during start (code ${code}). ${stderrTail.slice(-1500)}`));
    });
    child.once('error', (error) => {
      clearTimeout(timeout);
      reject(new LocalNeo4jError('NO_JAVA', `Could not run java: ${error.message}. ${NO_DATABASE_HINT}`));
    });
  });
  child.stdout?.resume();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const killTimer = setTimeout(() => child.kill('SIGTERM'), 20_000);
      const hardKillTimer = setTimeout(() => child.kill('SIGKILL'), 40_000);
      await exited;
      clearTimeout(killTimer);
      clearTimeout(hardKillTimer);
    })();
    return stopping;
  };

  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    port: options.port,
    dataDir: options.dataDir,
    pid: child.pid ?? -1,
    startMs: Date.now() - started,
    stop,
    exited,
  };
}

function launcherFailure(line: string, options: LocalNeo4jOptions): LocalNeo4jError {
  const [, kind = 'START', ...rest] = line.split(' ');
  const detail = rest.join(' ');
  if (kind === 'LOCKED') {
    return new LocalNeo4jError(
      'LOCKED',
      `The Neo4j data folder ${options.dataDir} is in use by another Neo4j process (one DBMS per folder). ` +
        'Stop the other explorer (or the process holding it), or point NEO4J_DATA_DIR to another folder.',
    );
  }
  if (kind === 'PORT') {
    return new LocalNeo4jError(
      'PORT_IN_USE',
      `Port ${options.port} on 127.0.0.1 is already taken, so Neo4j cannot listen for Bolt there. Set NEO4J_LOCAL_PORT to a free port.`,
    );
  }
  return new LocalNeo4jError('START_FAILED', `Neo4j could not start: ${detail.slice(0, 1500)}`);
}
