// A short-lived memo per database handle, for facts that change rarely and are read on every request (schema
// tokens, whether an index is online, ask's entity index). The first call waits for the load; after the TTL the
// next call starts a reload but is answered from the previous value (stale while revalidating), so a changed graph
// shows up within seconds and no request waits for the same read twice. `fresh()` reads now and replaces the value:
// for callers that found the cached value lacking (a label it does not list yet) before they refuse a request.
// A memo whose load is costly (a catalog of every entity) can take a `fingerprint`: a cheap read that tells whether
// the graph changed; past the TTL the memo reloads only when the fingerprint differs, or past `maxAgeMs`.
// `markChanged(db)` (called after this server writes) makes every memo of that database reload on next use.
import type { Database } from './driver.ts';

export const CACHE_TTL_MS = 5_000;
export const FINGERPRINT_MAX_AGE_MS = 60_000;

export interface MemoOptions {
  ttlMs?: number;
  /** A cheap read that changes when the graph does (compared with ===). */
  fingerprint?: (db: Database) => Promise<string>;
  /** With a fingerprint: reload after this long even if it did not change (a renamed node keeps the counts). */
  maxAgeMs?: number;
}

interface Entry<T> {
  /** When the value was last known current (loaded, or its fingerprint checked). */
  at: number;
  loadedAt: number;
  generation: number;
  fingerprint?: string;
  value: Promise<T>;
  reloading?: Promise<unknown>;
}

export interface DatabaseMemo<T> {
  (db: Database): Promise<T>;
  /** Loads now, bypassing the memo, and keeps the result for the next callers. */
  fresh(db: Database): Promise<T>;
}

const generations = new WeakMap<Database, number>();
const generationOf = (db: Database) => generations.get(db) ?? 0;

/** This server changed the graph of `db`: every memo of it reloads on its next use. */
export function markChanged(db: Database): void {
  generations.set(db, generationOf(db) + 1);
}

export function memoPerDatabase<T>(load: (db: Database) => Promise<T>, options: MemoOptions | number = {}): DatabaseMemo<T> {
  const { ttlMs = CACHE_TTL_MS, fingerprint, maxAgeMs = FINGERPRINT_MAX_AGE_MS } = typeof options === 'number' ? { ttlMs: options } : options;
  const entries = new WeakMap<Database, Entry<T>>();

  /** A whole entry; the fingerprint is read before the value, so a change made during the load is seen next time. */
  const loadEntry = async (db: Database): Promise<Entry<T>> => {
    const generation = generationOf(db);
    const print = fingerprint ? await fingerprint(db).catch(() => undefined) : undefined;
    const value = await load(db);
    const now = Date.now();
    return { at: now, loadedAt: now, generation, fingerprint: print, value: Promise.resolve(value) };
  };

  /** Loads now; callers wait for this load (nothing yet, a fresh read, or a change this server made). */
  const start = (db: Database): Promise<T> => {
    const pending = loadEntry(db);
    const placeholder: Entry<T> = { at: Date.now(), loadedAt: Date.now(), generation: generationOf(db), value: pending.then((entry) => entry.value) };
    entries.set(db, placeholder);
    pending.then(
      (entry) => entries.get(db) === placeholder && entries.set(db, entry),
      () => entries.get(db) === placeholder && entries.delete(db),
    );
    return placeholder.value;
  };

  /** Past the TTL: renew the entry when the fingerprint says nothing changed, else load a new one. */
  const revalidate = async (db: Database, entry: Entry<T>): Promise<void> => {
    if (fingerprint && entry.fingerprint !== undefined && Date.now() - entry.loadedAt < maxAgeMs && (await fingerprint(db)) === entry.fingerprint) {
      entry.at = Date.now();
      return;
    }
    const next = await loadEntry(db);
    if (entries.get(db) === entry) entries.set(db, next);
  };

  const memo = (db: Database): Promise<T> => {
    const entry = entries.get(db);
    if (!entry || entry.generation !== generationOf(db)) return start(db);
    if (Date.now() - entry.at >= ttlMs && !entry.reloading) {
      // Answered from the current value meanwhile; a failed revalidation leaves it in place for the next try.
      entry.reloading = revalidate(db, entry)
        .catch(() => undefined)
        .finally(() => (entry.reloading = undefined));
    }
    return entry.value;
  };
  return Object.assign(memo, { fresh: start });
}
