// Health repository: asks Neo4j which version, edition and database answer.
import type { Database } from '../db/driver.ts';

export interface Neo4jIdentity {
  version: string;
  edition: string;
  database: string;
}

export async function readIdentity(db: Database): Promise<Neo4jIdentity> {
  const result = await db.read<{ version: string; edition: string; database: string }>('dbms-identity', {}, { timeoutMs: 5000 });
  const record = result.records[0];
  if (!record) throw new Error('dbms.components() returned no row');
  return { version: record.get('version'), edition: record.get('edition'), database: record.get('database') };
}
