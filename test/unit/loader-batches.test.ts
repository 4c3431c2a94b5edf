// runBatches (server/loader/batches.ts) without a database: every batch is committed exactly once however many
// sessions write, a batch that keeps failing with a transient error (a deadlock) is written again alone at the
// end, and any other error stops the phase.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/driver.ts';
import { runBatches, type Batch } from '../../server/loader/batches.ts';

const counters = { updates: () => ({ nodesCreated: 1, relationshipsCreated: 2, propertiesSet: 3 }) };

/** A Database whose sessions run `write` for each batch; `open` counts sessions open at once. */
function fakeDb(write: (batch: Batch) => Promise<void>) {
  const seen = { open: 0, maxOpen: 0 };
  const session = () => {
    seen.open++;
    seen.maxOpen = Math.max(seen.maxOpen, seen.open);
    return {
      executeWrite: async (work: (tx: { run: (text: string, params: { rows: unknown[] }) => Promise<unknown> }) => Promise<unknown>) =>
        work({
          run: async (text, params) => {
            await write({ text, rows: params.rows });
            return { summary: { counters } };
          },
        }),
      close: async () => {
        seen.open--;
      },
    };
  };
  const db = { driver: { session }, sessionConfig: () => ({}) } as unknown as Database;
  return { db, seen };
}

const batches = (n: number): Batch[] => Array.from({ length: n }, (_, i) => ({ text: 'UNWIND $rows AS row RETURN row', rows: [i, i] }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runBatches', () => {
  it('commits every batch once, on up to the given number of sessions', async () => {
    const written: number[] = [];
    const { db, seen } = fakeDb(async (batch) => {
      await tick();
      written.push(batch.rows[0] as number);
    });
    const committed: number[] = [];
    await runBatches(db, batches(25), 3, (batch, c) => {
      expect(c).toEqual({ nodesCreated: 1, relationshipsCreated: 2, propertiesSet: 3 });
      committed.push(batch.rows[0] as number);
    });
    expect([...committed].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(written).toHaveLength(25);
    expect(seen.maxOpen).toBe(3);
    expect(seen.open).toBe(0);
  });

  it('writes a batch that keeps deadlocking again, alone, after the others', async () => {
    let failures = 0;
    const { db } = fakeDb(async (batch) => {
      await tick();
      if (batch.rows[0] === 4 && failures < 1) {
        failures++;
        throw new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'deadlock');
      }
    });
    const committed: number[] = [];
    await runBatches(db, batches(10), 2, (batch) => committed.push(batch.rows[0] as number));
    expect(committed).toHaveLength(10);
    expect(committed.at(-1)).toBe(4);
  });

  it('stops at an error that is not transient and rejects with it', async () => {
    let started = 0;
    const { db, seen } = fakeDb(async (batch) => {
      started++;
      await tick();
      if (batch.rows[0] === 2) throw new Neo4jError('bad', 'Neo.ClientError.Schema.ConstraintValidationFailed', '22N41', 'bad');
    });
    await expect(runBatches(db, batches(50), 2, () => {})).rejects.toThrow('bad');
    expect(started).toBeLessThan(10);
    expect(seen.open).toBe(0);
  });
});
