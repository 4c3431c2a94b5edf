// Console repository: the only code that runs a person's Cypher. Plans it (EXPLAIN, nothing executed), then
// runs it in an auto-commit READ transaction with a timeout, streaming: rows are converted as they arrive and the stream
// is cancelled once one row more than the limit has come, so a million-row result is never held in memory
// (PROFILE reads on to the end for its statistics, but keeps no row past the limit).
import type { GraphNode, GraphPayload } from '../contract.ts';
import { GraphCollector, toJson } from '../db/convert.ts';
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import type { DriverPlan } from './plan.ts';

export interface Explained {
  columns: string[];
  plan: DriverPlan;
  queryType: string | undefined;
  /** The database that planned the query. */
  database: string | undefined;
  timeMs: number;
}

export interface Streamed {
  columns: string[];
  rows: unknown[][];
  graph: GraphPayload;
  /** Nodes and relationships not in the database (negative ids: db.schema.visualization()'s). */
  virtual: GraphPayload;
  /** Every node object in rows and graph, copies included, for the service to caption. */
  nodes: GraphNode[];
  truncated: boolean;
  timeMs: number;
  /** PROFILE: the profiled plan; a query starting with EXPLAIN: its plan. */
  plan?: DriverPlan;
}

export interface RunLimits {
  timeoutMs: number;
  rowLimit: number;
  /** PROFILE needs the whole result read to report its statistics: read past the limit, keeping nothing. */
  readToEnd?: boolean;
}

const toMs = (value: unknown) => (value === null || value === undefined ? 0 : Number(value as number | bigint));

/** Largest batch of records pulled from Neo4j at a time. */
const MAX_FETCH = 1000;

/** Plans `text` (which starts with EXPLAIN) in a READ session: Neo4j checks it and plans it, nothing runs. */
export async function explainQuery(db: Database, text: string, params: Record<string, unknown>, timeoutMs: number): Promise<Explained> {
  const session = db.driver.session(db.sessionConfig('READ'));
  try {
    const result = session.run(text, params, { timeout: timeoutMs });
    const columns = (await result.keys()).map(String);
    const summary = await result.summary();
    return {
      columns,
      plan: summary.plan as unknown as DriverPlan,
      queryType: summary.queryType,
      database: summary.database.name ?? undefined,
      timeMs: toMs(summary.resultAvailableAfter) + toMs(summary.resultConsumedAfter),
    };
  } catch (error) {
    throw fromDriverError(error) ?? error;
  } finally {
    await session.close();
  }
}

/**
 * Runs `text` as one auto-commit transaction in a READ session (Neo4j refuses writes in it, as in an explicit READ
 * transaction, and it takes one round trip instead of two); reads at most rowLimit rows and stops the stream after.
 */
export async function streamQuery(db: Database, text: string, params: Record<string, unknown>, limits: RunLimits): Promise<Streamed> {
  const session = db.driver.session({ ...db.sessionConfig('READ'), fetchSize: Math.min(limits.rowLimit + 1, MAX_FETCH) });
  try {
    const result = session.run(text, params, { timeout: limits.timeoutMs });
    const columns = (await result.keys()).map(String);
    const collector = new GraphCollector();
    const rows: unknown[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === limits.rowLimit) {
        truncated = true;
        if (limits.readToEnd) continue;
        break; // cancels the stream: Neo4j discards the rest
      }
      rows.push(columns.map((_, i) => toJson(record.get(i), collector)));
    }
    const summary = await result.summary();
    const plan = (summary.profile || summary.plan || undefined) as DriverPlan | undefined;
    return {
      columns,
      rows,
      graph: collector.payload(),
      virtual: collector.virtualPayload(),
      nodes: collector.converted,
      truncated,
      timeMs: toMs(summary.resultAvailableAfter) + toMs(summary.resultConsumedAfter),
      plan,
    };
  } catch (error) {
    throw fromDriverError(error) ?? error;
  } finally {
    await session.close();
  }
}

export interface RoutineRow {
  name: string;
  signature: string;
  description: string;
  builtIn?: boolean;
}

export async function readFunctions(db: Database): Promise<RoutineRow[]> {
  const result = await db.read<{ name: string; signature: string; description: string; builtIn: boolean }>('console-functions');
  return result.records.map((r) => ({ name: r.get('name'), signature: r.get('signature'), description: r.get('description'), builtIn: r.get('builtIn') }));
}

export async function readProcedures(db: Database): Promise<RoutineRow[]> {
  const result = await db.read<{ name: string; signature: string; description: string }>('console-procedures');
  return result.records.map((r) => ({ name: r.get('name'), signature: r.get('signature'), description: r.get('description') }));
}
