// A short-lived memo per database handle, for facts that change rarely and are read on every request (schema
// tokens, whether an index is online, ask's entity index). The first call waits for the load; after the TTL the
// next call starts a reload but is answered from the previous value (stale while revalidating), so a changed graph
// shows up within seconds and no request waits for the same read twice. `fresh()` reads now and replaces the value:
// for callers that found the cached value lacking (a label it does not list yet) before they refuse a request.
import type { Database } from './driver.ts';

export const CACHE_TTL_MS = 5_000;

interface Entry<T> {
  at: number;
  value: Promise<T>;
  reloading?: Promise<T>;
}

export interface DatabaseMemo<T> {
  (db: Database): Promise<T>;
  /** Loads now, bypassing the memo, and keeps the result for the next callers. */
  fresh(db: Database): Promise<T>;
}

export function memoPerDatabase<T>(load: (db: Database) => Promise<T>, ttlMs = CACHE_TTL_MS): DatabaseMemo<T> {
  const entries = new WeakMap<Database, Entry<T>>();
  const start = (db: Database): Promise<T> => {
    const value = load(db);
    const fresh: Entry<T> = { at: Date.now(), value };
    entries.set(db, fresh);
    value.catch(() => entries.get(db) === fresh && entries.delete(db));
    return value;
  };
  const memo = (db: Database): Promise<T> => {
    const entry = entries.get(db);
    if (!entry) return start(db);
    if (Date.now() - entry.at >= ttlMs && !entry.reloading) {
      const reloading = load(db);
      entry.reloading = reloading;
      reloading.then(
        () => entries.get(db) === entry && entries.set(db, { at: Date.now(), value: reloading }),
        () => (entry.reloading = undefined),
      );
    }
    return entry.value;
  };
  return Object.assign(memo, { fresh: start });
}
