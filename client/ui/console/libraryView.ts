// History and saved queries: lists of buttons that put a query (and its parameters) back into the editor.
import { button, el } from '../dom.ts';
import type { HistoryEntry, SavedQuery } from './state.ts';

export interface LibraryActions {
  load(entry: HistoryEntry): void;
  deleteSaved(name: string): void;
  clearHistory(): void;
}

const oneLine = (text: string, max = 90) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
};

export function renderHistory(list: HTMLElement, history: HistoryEntry[], actions: LibraryActions): void {
  list.replaceChildren(
    ...(history.length
      ? history.map((entry) => el('li', {}, button(oneLine(entry.query), () => actions.load(entry), { class: 'console-link', title: entry.query })))
      : [el('li', { class: 'console-empty' }, 'Queries you run appear here.')]),
  );
}

export function renderSaved(list: HTMLElement, saved: SavedQuery[], actions: LibraryActions): void {
  list.replaceChildren(
    ...(saved.length
      ? saved.map((entry) =>
          el(
            'li',
            { class: 'console-row' },
            button(entry.name, () => actions.load(entry), { class: 'console-link', title: entry.query }),
            button('Delete', () => actions.deleteSaved(entry.name), { 'aria-label': `Delete saved query ${entry.name}` }),
          ),
        )
      : [el('li', { class: 'console-empty' }, 'No saved queries yet.')]),
  );
}

/** A short default name for a saved query: its first words. */
export const defaultName = (query: string) => oneLine(query, 40) || 'Query';
