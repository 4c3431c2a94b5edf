// Runs one phase's batches on a few sessions at once. Every worker takes the next batch from one shared iterator
// (so rows for the next batch are prepared while others are being written) and writes it in its own write
// transaction through session.executeWrite, which retries transient errors (deadlocks included); MERGE makes a
// retried batch safe. A batch still failing with a transient error is written again after the others, alone, so
// concurrent batches that lock the same hub nodes cannot fail the load. Resolves when every batch is committed.
import neo4j, { type Session } from 'neo4j-driver';
import type { Database } from '../db/driver.ts';

export interface Batch {
  text: string;
  rows: unknown[];
}

export interface BatchCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

async function writeBatch(session: Session, batch: Batch): Promise<BatchCounters> {
  const result = await session.executeWrite((tx) => tx.run(batch.text, { rows: batch.rows }));
  const counters = result.summary.counters.updates();
  return { nodesCreated: counters.nodesCreated, relationshipsCreated: counters.relationshipsCreated, propertiesSet: counters.propertiesSet };
}

/**
 * Writes every batch of `batches`, on up to `concurrency` sessions; `onCommitted` is called once per batch, after
 * its transaction committed. Throws the first error that is not transient; nothing new starts after it.
 */
export async function runBatches(db: Database, batches: Iterable<Batch>, concurrency: number, onCommitted: (batch: Batch, counters: BatchCounters) => void): Promise<void> {
  const iterator = batches[Symbol.iterator]();
  const deferred: Batch[] = [];
  let failure: { error: unknown } | undefined;

  const worker = async () => {
    const session = db.driver.session(db.sessionConfig('WRITE'));
    try {
      while (!failure) {
        let batch: Batch;
        try {
          const next = iterator.next();
          if (next.done) return;
          batch = next.value;
        } catch (error) {
          failure ??= { error };
          return;
        }
        try {
          onCommitted(batch, await writeBatch(session, batch));
        } catch (error) {
          if (concurrency > 1 && neo4j.isRetryableError(error)) deferred.push(batch);
          else failure ??= { error };
        }
      }
    } finally {
      await session.close();
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failure) throw failure.error;
  if (deferred.length === 0) return;
  const session = db.driver.session(db.sessionConfig('WRITE'));
  try {
    for (const batch of deferred) onCommitted(batch, await writeBatch(session, batch));
  } finally {
    await session.close();
  }
}
