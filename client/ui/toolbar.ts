// The toolbar: undo and redo (with what they would undo in their names' description), dismiss the selection.
import type { Explorer } from '../explorer.ts';
import { canRedo, canUndo } from '../state/history.ts';
import { button } from './dom.ts';

export function mountToolbar(root: HTMLElement, explorer: Explorer): void {
  const undo = button('Undo', () => explorer.undo(), { 'aria-keyshortcuts': 'Control+Z' });
  const redo = button('Redo', () => explorer.redo(), { 'aria-keyshortcuts': 'Control+Shift+Z' });
  const render = () => {
    const history = explorer.state.history;
    undo.disabled = !canUndo(history);
    redo.disabled = !canRedo(history);
    undo.title = history.past.length ? `Undo: ${history.past[history.past.length - 1]!.label}` : 'Nothing to undo';
    redo.title = history.future.length ? `Redo: ${history.future[0]!.label}` : 'Nothing to redo';
  };
  explorer.store.subscribe((s, p) => {
    if (s.history !== p.history) render();
  });
  root.append(undo, redo);
  render();
}
