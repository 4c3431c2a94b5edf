// The memo per database: one load at first, none within the TTL, then a reload in the background while the
// previous value still answers; a failed first load is retried.
import { describe, expect, it } from 'vitest';
import { markChanged, memoPerDatabase } from '../../server/db/memo.ts';
import type { Database } from '../../server/db/driver.ts';

const fakeDb = () => ({}) as Database;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('memoPerDatabase', () => {
  it('loads once per database within the TTL', async () => {
    let loads = 0;
    const memo = memoPerDatabase(async () => ++loads, 1_000);
    const a = fakeDb();
    const b = fakeDb();
    expect(await memo(a)).toBe(1);
    expect(await memo(a)).toBe(1);
    expect(await memo(b)).toBe(2);
    expect(loads).toBe(2);
  });

  it('answers from the previous value while reloading after the TTL', async () => {
    let loads = 0;
    const memo = memoPerDatabase(async () => {
      await sleep(30);
      return ++loads;
    }, 20);
    const db = fakeDb();
    expect(await memo(db)).toBe(1);
    await sleep(25);
    expect(await memo(db)).toBe(1);
    await sleep(50);
    expect(await memo(db)).toBe(2);
  });

  it('tries again after a failed first load', async () => {
    let calls = 0;
    const memo = memoPerDatabase(async () => {
      calls++;
      if (calls === 1) throw new Error('down');
      return 'up';
    }, 1_000);
    const db = fakeDb();
    await expect(memo(db)).rejects.toThrow('down');
    await sleep(0);
    expect(await memo(db)).toBe('up');
  });
});

describe('memoPerDatabase(...).fresh', () => {
  it('reads now and answers later calls with what it read', async () => {
    let loads = 0;
    const memo = memoPerDatabase(async () => ++loads, 60_000);
    const db = fakeDb();
    expect(await memo(db)).toBe(1);
    expect(await memo.fresh(db)).toBe(2);
    expect(await memo(db)).toBe(2);
    expect(loads).toBe(2);
  });
});

describe('memoPerDatabase with a fingerprint', () => {
  it('past the TTL reloads only when the fingerprint changed, and always past the maximum age', async () => {
    let loads = 0;
    let print = 'a';
    const memo = memoPerDatabase(async () => ++loads, { ttlMs: 10, maxAgeMs: 200, fingerprint: async () => print });
    const db = fakeDb();
    expect(await memo(db)).toBe(1);
    await sleep(20);
    await memo(db);
    await sleep(10);
    expect(await memo(db)).toBe(1); // same fingerprint: renewed, not reloaded
    print = 'b';
    await sleep(20);
    await memo(db);
    await sleep(10);
    expect(await memo(db)).toBe(2);
    await sleep(220);
    await memo(db);
    await sleep(10);
    expect(await memo(db)).toBe(3); // unchanged fingerprint, but older than the maximum age
  });

  it('waits for a reload after markChanged(db), for that database only', async () => {
    let loads = 0;
    const memo = memoPerDatabase(async () => ++loads, { ttlMs: 60_000, fingerprint: async () => 'same' });
    const a = fakeDb();
    const b = fakeDb();
    expect(await memo(a)).toBe(1);
    expect(await memo(b)).toBe(2);
    markChanged(a);
    expect(await memo(a)).toBe(3);
    expect(await memo(b)).toBe(2);
  });

  it('keeps the value it has when a revalidation fails', async () => {
    let fail = false;
    let loads = 0;
    const memo = memoPerDatabase(
      async () => {
        if (fail) throw new Error('down');
        return ++loads;
      },
      { ttlMs: 10, fingerprint: async () => String(Math.random()) }, // always changed: every revalidation loads
    );
    const db = fakeDb();
    expect(await memo(db)).toBe(1);
    fail = true;
    await sleep(20);
    expect(await memo(db)).toBe(1);
    await sleep(10);
    expect(await memo(db)).toBe(1);
  });
});
