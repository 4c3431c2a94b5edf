// A short-lived memo per database: the entity index and the example facts are read at most once every few
// seconds, so a burst of questions costs one catalog scan, and a reload shows up within the TTL.
import type { Database } from '../db/driver.ts';

export const CACHE_TTL_MS = 5_000;

export function memoPerDatabase<T>(load: (db: Database) => Promise<T>, ttlMs = CACHE_TTL_MS): (db: Database) => Promise<T> {
  const entries = new WeakMap<Database, { at: number; value: Promise<T> }>();
  return (db) => {
    const now = Date.now();
    const entry = entries.get(db);
    if (entry && now - entry.at < ttlMs) return entry.value;
    const value = load(db);
    entries.set(db, { at: now, value });
    value.catch(() => entries.delete(db));
    return value;
  };
}
