// Health repository: asks Neo4j which version, edition and database answer. At start-up the same question is
// asked patiently (a loaded machine may need more than one try) and a final failure names the URI, the query
// and what to do.
import type { Database } from '../db/driver.ts';
import { loadQuery } from '../db/queryFiles.ts';

export interface Neo4jIdentity {
  version: string;
  edition: string;
  database: string;
}

export async function readIdentity(db: Database, timeoutMs = 5000): Promise<Neo4jIdentity> {
  const result = await db.read<{ version: string; edition: string; database: string }>('dbms-identity', {}, { timeoutMs });
  const record = result.records[0];
  if (!record) throw new Error('dbms.components() returned no row');
  return { version: record.get('version'), edition: record.get('edition'), database: record.get('database') };
}

export interface PatientOptions {
  /** The time limit of each try, in order; the last one repeats until the tries are used up. */
  timeoutsMs?: readonly number[];
  /** Pause before try 2, 3, …; doubles each time. */
  firstPauseMs?: number;
  tries?: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

export class IdentityCheckError extends Error {
  constructor(
    message: string,
    readonly attempts: number,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'IdentityCheckError';
  }
}

/** readIdentity, tried `tries` times with growing time limits and pauses; the error names URI, query and fix. */
export async function readIdentityPatiently(db: Database, uri: string, options: PatientOptions = {}): Promise<Neo4jIdentity> {
  const timeouts = options.timeoutsMs ?? [5_000, 10_000, 20_000, 30_000];
  const tries = options.tries ?? 5;
  let pause = options.firstPauseMs ?? 1_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await readIdentity(db, timeouts[Math.min(attempt, timeouts.length) - 1]);
    } catch (error) {
      if (attempt >= tries) throw identityFailure(uri, attempt, error);
      options.onRetry?.(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause *= 2;
    }
  }
}

function identityFailure(uri: string, attempts: number, error: unknown): IdentityCheckError {
  const code = (error as { code?: string }).code;
  const reason = `${code ? `${code}: ` : ''}${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  const query = loadQuery('dbms-identity')
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join(' ');
  return new IdentityCheckError(
    `Neo4j at ${uri} did not answer the start-up check after ${attempts} tries (${reason}).\n` +
      `The check is the query in cypher/queries/dbms-identity.cypher: ${query}\n` +
      'What to do: if the machine is busy, wait and run the command again (the local Neo4j needs a free core to start); ' +
      'give the local Neo4j more memory with NEO4J_HEAP; with NEO4J_URI, check that the server is up and that this query runs there ' +
      '(in Neo4j Browser or cypher-shell) for NEO4J_USERNAME on NEO4J_DATABASE.',
    attempts,
    { cause: error },
  );
}
