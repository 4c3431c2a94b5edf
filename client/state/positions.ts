// Node positions kept per entity ref (key property, or elementId) in the browser's storage, so a reload shows
// the same picture. The storage is passed in (localStorage in the page, a Map in tests).
import type { Point } from '../graph/placement.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedPosition extends Point {
  fixed?: boolean;
}

const MAX_ENTRIES = 20_000;

export class PositionStore {
  private readonly positions: Map<string, SavedPosition>;

  constructor(
    private readonly store: KeyValueStore,
    private readonly storageKey: string,
  ) {
    this.positions = new Map(readEntries(store.getItem(storageKey)));
  }

  get(ref: string): SavedPosition | undefined {
    return this.positions.get(ref);
  }

  get size(): number {
    return this.positions.size;
  }

  /** Remembers these positions (newest last, oldest forgotten beyond the cap) and writes them to storage. */
  save(entries: Iterable<[string, SavedPosition]>): void {
    for (const [ref, p] of entries) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      this.positions.delete(ref);
      this.positions.set(ref, p.fixed ? { x: round(p.x), y: round(p.y), fixed: true } : { x: round(p.x), y: round(p.y) });
    }
    while (this.positions.size > MAX_ENTRIES) this.positions.delete(this.positions.keys().next().value!);
    try {
      this.store.setItem(this.storageKey, JSON.stringify([...this.positions]));
    } catch {
      // Storage full or denied: positions are a comfort, not a requirement.
    }
  }

  clear(): void {
    this.positions.clear();
    this.store.removeItem(this.storageKey);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function readEntries(text: string | null): [string, SavedPosition][] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is [string, SavedPosition] =>
        Array.isArray(e) && typeof e[0] === 'string' && typeof e[1]?.x === 'number' && typeof e[1]?.y === 'number',
    );
  } catch {
    return [];
  }
}
