// Configuration: the environment parsed once with zod into a typed, frozen Config.
// Errors name the variable and the fix, in the manner of sigma's validateSettings().
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
/** A DNS name, an IPv4 address, or an IPv6 address in brackets: what a Host header names before its port. */
const HOST_NAME = /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)$/;

/**
 * Procedures the Cypher console lets a query CALL: they only read the graph or its schema. Also passed to the
 * local DBMS as dbms.security.procedures.allowlist (which limits procedures loaded from plugin jars).
 */
export const CONSOLE_PROCEDURES: readonly string[] = Object.freeze([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
  'dbms.components',
]);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Binding to anything but loopback must be asked for explicitly. */
  EXPOSE: z.enum(['0', '1', 'true', 'false']).default('0'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io').optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),

  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(17687),
  NEO4J_DATA_DIR: z.string().default(path.join(PROJECT_ROOT, 'data', 'neo4j')),
  NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, 'must be a JVM size such as 1g').default('1g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m').default('512m'),
  NEO4J_TX_TIMEOUT_S: z.coerce.number().int().min(1).default(120),
  NEO4J_TX_MAX_SIZE: z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 1g').default('1g'),

  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  QUERY_ROW_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** The console's answer budget: JSON bytes, items per list, characters per string. */
  QUERY_MAX_BYTES: z.coerce.number().int().min(1024).max(256 * 1048576).default(4 * 1048576),
  QUERY_MAX_LIST_ITEMS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  QUERY_MAX_STRING_CHARS: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
  /** Wall-clock limit of one console request (plan and run), answered even when Neo4j does not: default timeout + 2 s. */
  QUERY_WALL_CLOCK_MS: z.coerce.number().int().min(100).max(700_000).optional(),
  /** Console queries in flight at once, each on its own connection (the console's pool), and per client address. */
  CONSOLE_CONNECTIONS: z.coerce.number().int().min(1).max(64).default(4),
  CONSOLE_PER_CLIENT: z.coerce.number().int().min(1).max(64).default(2),
  /** Worker threads the console's connections are spread over (at most CONSOLE_CONNECTIONS): one unless raised. */
  CONSOLE_THREADS: z.coerce.number().int().min(1).max(64).default(1),
  /** Heap of each console thread, where Neo4j's answers are decoded: a larger value is refused there. */
  CONSOLE_MEMORY_MB: z.coerce.number().int().min(32).max(8192).default(256),
  SEARCH_SCAN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0.1).default(10),
  CORS_ORIGINS: z.string().optional(),
  /** Host names (besides loopback) that requests may name in their Host header: the explorer's public name(s). */
  PUBLIC_HOSTS: z
    .string()
    .transform((text) => text.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(HOST_NAME, 'each name must be a host name or IP address without scheme, port or path, e.g. graph.example.org,10.0.0.5')))
    .optional(),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly neo4j: {
    /** undefined: start the embedded local DBMS. */
    readonly uri?: string;
    readonly username: string;
    readonly password: string;
    readonly database?: string;
  };
  readonly local: {
    readonly port: number;
    readonly dataDir: string;
    readonly heap: string;
    readonly pageCache: string;
    readonly txTimeoutSeconds: number;
    readonly txMaxSize: string;
  };
  /** The Cypher console: per-query timeout, row limit, and the read-only procedures a query may CALL. */
  readonly console: {
    readonly timeoutMs: number;
    readonly rowLimit: number;
    readonly procedures: readonly string[];
    /** Answered by the explorer (CONSOLE_TIMEOUT) when Neo4j has not answered by then; the connection is dropped. */
    readonly wallClockMs: number;
    readonly budget: { readonly bytes: number; readonly listItems: number; readonly stringChars: number };
    /** Queries in flight: in all (one connection each, the console's own pool) and per client address. */
    readonly inFlight: { readonly total: number; readonly perClient: number };
    /** Worker threads the connections are spread over (at most inFlight.total). */
    readonly threads: number;
    /** Heap of each console thread (MB); an answer that needs more is refused with CONSOLE_ANSWER_TOO_LARGE. */
    readonly memoryMb: number;
  };
  /** Search: how long a scan of labels without a full-text index may run. */
  readonly search: { readonly scanTimeoutMs: number };
  readonly writeToken?: string;
  readonly corsOrigins: readonly string[];
  /** Names a request's Host header may carry besides localhost, 127.0.0.1 and [::1] (any port): PUBLIC_HOSTS. */
  readonly publicHosts: readonly string[];
  /** Token bucket for the console and ask endpoints, per client address. */
  readonly rateLimit: { readonly burst: number; readonly perSecond: number };
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const exposed = e.EXPOSE === '1' || e.EXPOSE === 'true';
  if (!LOOPBACK_HOSTS.has(e.HOST) && !exposed) {
    throw new ConfigError(
      `HOST=${e.HOST} would expose the explorer beyond this machine. Set EXPOSE=1 as well if that is intended (and WRITE_TOKEN to protect writes).`,
    );
  }
  if (exposed && !e.PUBLIC_HOSTS?.length) {
    throw new ConfigError(
      'EXPOSE=1 needs PUBLIC_HOSTS: the names people type to reach the explorer (e.g. PUBLIC_HOSTS=graph.example.org,10.0.0.5). ' +
        'Requests naming any other host are refused, so that a web page cannot rebind its own name to this server (DNS rebinding).',
    );
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze({ uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }),
    local: Object.freeze({
      port: e.NEO4J_LOCAL_PORT,
      dataDir: path.resolve(e.NEO4J_DATA_DIR),
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      txTimeoutSeconds: e.NEO4J_TX_TIMEOUT_S,
      txMaxSize: e.NEO4J_TX_MAX_SIZE,
    }),
    console: Object.freeze({
      timeoutMs: e.QUERY_TIMEOUT_MS,
      rowLimit: e.QUERY_ROW_LIMIT,
      procedures: CONSOLE_PROCEDURES,
      wallClockMs: e.QUERY_WALL_CLOCK_MS ?? e.QUERY_TIMEOUT_MS + 2000,
      budget: Object.freeze({ bytes: e.QUERY_MAX_BYTES, listItems: e.QUERY_MAX_LIST_ITEMS, stringChars: e.QUERY_MAX_STRING_CHARS }),
      inFlight: Object.freeze({ total: e.CONSOLE_CONNECTIONS, perClient: Math.min(e.CONSOLE_PER_CLIENT, e.CONSOLE_CONNECTIONS) }),
      threads: Math.min(e.CONSOLE_THREADS, e.CONSOLE_CONNECTIONS),
      memoryMb: e.CONSOLE_MEMORY_MB,
    }),
    search: Object.freeze({ scanTimeoutMs: e.SEARCH_SCAN_TIMEOUT_MS }),
    writeToken: e.WRITE_TOKEN,
    corsOrigins: Object.freeze(e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : []),
    publicHosts: Object.freeze(e.PUBLIC_HOSTS ?? []),
    rateLimit: Object.freeze({ burst: e.RATE_LIMIT_BURST, perSecond: e.RATE_LIMIT_PER_SECOND }),
  });
}
