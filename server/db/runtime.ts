// Which database the app talks to: the server named by NEO4J_URI, or else a local Neo4j started here.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { databaseFromConfig, type Database } from './driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j.ts';

export interface Connection {
  db: Database;
  /** Present when this process started the local DBMS. */
  local?: LocalNeo4j;
  uri: string;
  close(): Promise<void>;
}

export async function connect(config: Config, logger: Logger, progress: (line: string) => void): Promise<Connection> {
  if (config.neo4j.uri) {
    const db = databaseFromConfig(config, config.neo4j.uri);
    logger.info('using the Neo4j server named by NEO4J_URI', { uri: config.neo4j.uri, database: config.neo4j.database ?? '(default)' });
    return { db, uri: config.neo4j.uri, close: () => db.close() };
  }
  const local = await startLocalNeo4j({ ...config.local, onProgress: progress });
  const db = databaseFromConfig({ ...config, neo4j: { ...config.neo4j, password: '' } }, local.uri);
  return {
    db,
    local,
    uri: local.uri,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}
