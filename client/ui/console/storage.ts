// History and saved queries kept in the browser (localStorage). Reads tolerate missing or damaged entries.
import type { HistoryEntry, SavedQuery } from './state.ts';

const HISTORY_KEY = 'kg-explorer:console-history';
const SAVED_KEY = 'kg-explorer:console-saved';

function read<T>(storage: Storage, key: string, valid: (item: unknown) => item is T): T[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter(valid) : [];
  } catch {
    return [];
  }
}

const isHistoryEntry = (item: unknown): item is HistoryEntry =>
  !!item && typeof (item as HistoryEntry).query === 'string' && typeof (item as HistoryEntry).params === 'string';
const isSavedQuery = (item: unknown): item is SavedQuery => isHistoryEntry(item) && typeof (item as SavedQuery).name === 'string';

export const loadHistory = (storage: Storage) => read(storage, HISTORY_KEY, isHistoryEntry);
export const loadSaved = (storage: Storage) => read(storage, SAVED_KEY, isSavedQuery);

function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the console still works, it just forgets.
  }
}

export const storeHistory = (storage: Storage, history: HistoryEntry[]) => write(storage, HISTORY_KEY, history);
export const storeSaved = (storage: Storage, saved: SavedQuery[]) => write(storage, SAVED_KEY, saved);
