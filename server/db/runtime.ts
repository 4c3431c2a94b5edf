// Which database the app talks to: the server named by NEO4J_URI, or else a local Neo4j started here.
// The local DBMS is supervised: if it exits unexpectedly it is started again on the same folder and port,
// and the driver reconnects by itself (requests in between get 503 NEO4J_UNAVAILABLE).
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { databaseFromConfig, type Database } from './driver.ts';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.ts';

export interface Connection {
  db: Database;
  /** The local DBMS this process started and supervises, if any. */
  local?: LocalNeo4j;
  uri: string;
  close(): Promise<void>;
}

const RESTART_DELAYS_MS = [1_000, 5_000, 15_000, 30_000];

/** `local`: options for the local DBMS only, e.g. the loader's importDir for one script's LOAD CSV. */
export async function connect(config: Config, logger: Logger, progress: (line: string) => void, local: Partial<LocalNeo4jOptions> = {}): Promise<Connection> {
  if (config.neo4j.uri) {
    const db = databaseFromConfig(config, config.neo4j.uri);
    logger.info('using the Neo4j server named by NEO4J_URI', { uri: config.neo4j.uri, database: config.neo4j.database ?? '(default)' });
    return { db, uri: config.neo4j.uri, close: () => db.close() };
  }
  const options: LocalNeo4jOptions = { ...config.local, procedureAllowlist: config.console.procedures, onProgress: progress, ...local };
  const connection: Connection & { local: LocalNeo4j } = {
    local: await startLocalNeo4j(options),
    db: undefined as unknown as Database,
    uri: '',
    close: async () => {
      closing = true;
      await connection.db.close();
      await connection.local.stop();
    },
  };
  let closing = false;
  let failures = 0;
  const supervise = (local: LocalNeo4j) => {
    void local.exited.then(async (code) => {
      if (closing) return;
      const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)]!;
      failures++;
      logger.error('the local Neo4j stopped unexpectedly; starting it again', { exitCode: code, retryInMs: delay });
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (closing) return;
      try {
        connection.local = await startLocalNeo4j(options);
        failures = 0;
        logger.info('the local Neo4j is back', { uri: connection.local.uri });
        supervise(connection.local);
      } catch (error) {
        logger.error('the local Neo4j could not be started again', { message: error instanceof Error ? error.message : String(error) });
        supervise({ ...local, exited: Promise.resolve(null) });
      }
    });
  };
  supervise(connection.local);
  connection.uri = connection.local.uri;
  connection.db = databaseFromConfig({ ...config, neo4j: { ...config.neo4j, password: '' } }, connection.local.uri);
  return connection;
}
