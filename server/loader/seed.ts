// Seeding the local DBMS on first start. (The seed graph and the loader arrive with the seed-graph issue.)
import type { Database } from '../db/driver.ts';

export async function seedIfEmpty(_db: Database, _say: (line: string) => void): Promise<string | undefined> {
  return undefined;
}
