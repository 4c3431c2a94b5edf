// Driver creation and the Database handle that repositories use. Integers are decided here, once:
// the driver returns BigInt, and convert.ts turns them into numbers or decimal strings.
import neo4j, { type AuthToken, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { fromDriverError } from '../errors.ts';
import { loadQuery } from './queryFiles.ts';

interface DriverRecipe {
  uri: string;
  username: string;
  password: string;
}

/** How each driver made here was made, so that a Database can open another pool to the same server. */
const recipes = new WeakMap<Driver, DriverRecipe>();

export interface PoolOptions {
  /** Connections at most (the app's pool: 100). */
  maxConnections?: number;
  /** How long a session waits for a free connection before failing. */
  acquisitionTimeoutMs?: number;
  /** Metadata for the transactions run on this pool (SHOW TRANSACTIONS shows it), by code that passes it. */
  transactionMetadata?: Record<string, string>;
}

/**
 * Everything needed to open a pool to the same server in another thread (the console's worker threads): plain
 * data, so it can be posted; `openRecipe` turns it back into a Database there.
 */
export interface PoolRecipe extends DriverRecipe {
  database?: string;
  pool: PoolOptions;
}

export function openRecipe(recipe: PoolRecipe): Database {
  return new Database(createDriver(recipe.uri, recipe.username, recipe.password, recipe.pool), recipe.database, recipe.pool.transactionMetadata);
}

export function createDriver(uri: string, username: string, password: string, pool: PoolOptions = {}): Driver {
  // An empty password means a server with auth disabled (the local DBMS): send the 'none' scheme.
  const auth: AuthToken = password ? neo4j.auth.basic(username, password) : ({ scheme: 'none', principal: '', credentials: '' } as AuthToken);
  const driver = neo4j.driver(uri, auth, {
    useBigInt: true,
    maxConnectionPoolSize: pool.maxConnections ?? 100,
    connectionAcquisitionTimeout: pool.acquisitionTimeoutMs ?? 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'kg-explorer/0.1',
  });
  recipes.set(driver, { uri, username, password });
  return driver;
}

export interface QueryOptions {
  /** Milliseconds after which Neo4j stops the transaction. */
  timeoutMs?: number;
}

/** What repositories hold: the driver, the database name, and named queries from cypher/. */
export class Database {
  /** Pools opened from this one (openPool), closed with it. */
  private readonly pools = new Set<Database>();
  /** What else ends with this handle (onClose): the console's worker threads. */
  private readonly closers = new Set<() => Promise<void>>();
  private parent?: Database;

  constructor(
    readonly driver: Driver,
    readonly name?: string,
    /** Set by openPool: what the console tags its transactions with. */
    readonly transactionMetadata?: Record<string, string>,
  ) {}

  /**
   * A Database on a connection pool of its own (same server, credentials and database), for a part that must
   * never wait for the others' connections (the console, health) or whose connection may have to be dropped
   * (closing it closes only its own connections). Closed with this one.
   */
  openPool(pool: PoolOptions): Database {
    const opened = openRecipe(this.poolRecipe(pool));
    opened.parent = this;
    this.pools.add(opened);
    return opened;
  }

  /** The recipe of a pool like openPool's, for a pool opened in another thread (openRecipe there). */
  poolRecipe(pool: PoolOptions): PoolRecipe {
    const recipe = recipes.get(this.driver);
    if (!recipe) throw new Error('A pool of its own needs a driver made by createDriver');
    return { ...recipe, database: this.name, pool };
  }

  /** `close` runs when this handle closes (before its driver does); the returned function unregisters it. */
  onClose(close: () => Promise<void>): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  /** Runs cypher/queries/<name>.cypher in a READ transaction (routed to readers on a cluster). */
  read<R extends RecordShape = RecordShape>(queryName: string, params: Record<string, unknown> = {}, options: QueryOptions = {}) {
    return this.run<R>(loadQuery(queryName), params, 'READ', options);
  }

  /** Runs cypher/queries/<name>.cypher (or cypher/<dir>/<name>.cypher) in a WRITE transaction. */
  write<R extends RecordShape = RecordShape>(queryName: string, params: Record<string, unknown> = {}, options: QueryOptions = {}) {
    return this.run<R>(loadQuery(queryName), params, 'WRITE', options);
  }

  /** For code that must run text it did not load by name (the console, the schema applier): still parameterised. */
  async run<R extends RecordShape = RecordShape>(
    text: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
    options: QueryOptions = {},
  ): Promise<QueryResult<R>> {
    const transactionConfig = options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
    try {
      if (mode === 'READ') return await this.readOnce<R>(text, params, transactionConfig);
      return await this.driver.executeQuery<QueryResult<R>>(text, params, { routing: neo4j.routing.WRITE, database: this.name, transactionConfig });
    } catch (error) {
      throw fromDriverError(error) ?? error;
    }
  }

  /**
   * A read as one auto-commit transaction: RUN and PULL go out together and the answer comes back in one round
   * trip, where executeQuery's managed transaction needs a second one for COMMIT. Routed to readers, with the
   * driver's bookmarks (a read sees the writes made through executeQuery before it), retried once on a transient
   * or connection error (what executeQuery would have retried).
   */
  private async readOnce<R extends RecordShape>(text: string, params: Record<string, unknown>, config?: { timeout: number }): Promise<QueryResult<R>> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ ...this.sessionConfig('READ'), bookmarkManager: this.driver.executeQueryBookmarkManager });
      try {
        return (await session.run<R>(text, params, config)) as QueryResult<R>;
      } catch (error) {
        if (attempt >= 2 || !neo4j.isRetryableError(error)) throw error;
      } finally {
        await session.close();
      }
    }
  }

  sessionConfig(mode: 'READ' | 'WRITE') {
    return { database: this.name, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE };
  }

  async close(): Promise<void> {
    this.parent?.pools.delete(this);
    await Promise.all([...[...this.closers].map((close) => close().catch(() => {})), ...[...this.pools].map((pool) => pool.close())]);
    this.closers.clear();
    await this.driver.close();
  }
}

export function databaseFromConfig(config: Config, uri: string): Database {
  return new Database(createDriver(uri, config.neo4j.username, config.neo4j.password), config.neo4j.database);
}

/** JavaScript numbers travel to Neo4j as floats; LIMIT, SKIP and integer properties need this. */
export const int = (value: number): bigint => BigInt(Math.trunc(value));
