// Undo/redo as a pure stack of entries: push clears what could be redone; undo and redo move one entry across.
export interface History<T> {
  past: T[];
  future: T[];
}

export const HISTORY_LIMIT = 200;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

export function pushEntry<T>(history: History<T>, entry: T, limit = HISTORY_LIMIT): History<T> {
  return { past: [...history.past, entry].slice(-limit), future: [] };
}

/** The entry to undo and the history after it, or undefined when there is nothing to undo. */
export function undo<T>(history: History<T>): { entry: T; history: History<T> } | undefined {
  const entry = history.past[history.past.length - 1];
  if (entry === undefined) return undefined;
  return { entry, history: { past: history.past.slice(0, -1), future: [entry, ...history.future] } };
}

export function redo<T>(history: History<T>): { entry: T; history: History<T> } | undefined {
  const [entry, ...rest] = history.future;
  if (entry === undefined) return undefined;
  return { entry, history: { past: [...history.past, entry], future: rest } };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;
