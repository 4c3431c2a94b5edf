// A short-lived memo per database for the entity index and the example facts. The first question waits for the
// load; after the TTL the next question starts a reload but is answered from the previous value (stale while
// revalidating), so a changed graph shows up within seconds and no question waits for a catalog scan twice.
import type { Database } from '../db/driver.ts';

export const CACHE_TTL_MS = 5_000;

interface Entry<T> {
  at: number;
  value: Promise<T>;
  reloading?: Promise<T>;
}

export function memoPerDatabase<T>(load: (db: Database) => Promise<T>, ttlMs = CACHE_TTL_MS): (db: Database) => Promise<T> {
  const entries = new WeakMap<Database, Entry<T>>();
  return (db) => {
    const entry = entries.get(db);
    if (!entry) {
      const value = load(db);
      const fresh: Entry<T> = { at: Date.now(), value };
      entries.set(db, fresh);
      value.catch(() => entries.get(db) === fresh && entries.delete(db));
      return value;
    }
    if (Date.now() - entry.at >= ttlMs && !entry.reloading) {
      const reloading = load(db);
      entry.reloading = reloading;
      reloading.then(
        () => entries.set(db, { at: Date.now(), value: reloading }),
        () => (entry.reloading = undefined),
      );
    }
    return entry.value;
  };
}
