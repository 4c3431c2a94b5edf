// Connect: choose two entities, draw every shortest path between them, highlighted.
import type { Explorer } from '../explorer.ts';
import { messageOf } from '../explorer.ts';
import { setHighlight } from '../state/view.ts';
import { createEntityCombobox } from './combobox.ts';
import { button, el } from './dom.ts';

export interface Connect {
  setFrom(nodeId: string): void;
}

export function mountConnect(root: HTMLElement, explorer: Explorer): Connect {
  const fromBox = el('div', { class: 'row' });
  const toBox = el('div', { class: 'row' });
  const from = createEntityCombobox(fromBox, { label: 'Path from', placeholder: 'from…', onChoose: () => undefined });
  const to = createEntityCombobox(toBox, { label: 'Path to', placeholder: 'to…', onChoose: () => undefined });
  const result = el('p', { class: 'muted', 'aria-live': 'polite' });
  const find = button('Find paths', () => {
    const a = from.chosen();
    const b = to.chosen();
    if (!a || !b) {
      result.textContent = 'Choose an entity in both boxes first.';
      return;
    }
    result.textContent = 'Looking for paths…';
    explorer
      .connect(a.id, b.id)
      .then((n) => (result.textContent = n ? `${n} shortest path${n === 1 ? '' : 's'} drawn and highlighted.` : 'No path found.'))
      .catch((error: unknown) => (result.textContent = `Could not find paths: ${messageOf(error)}`));
  });
  const clear = button('Clear highlight', () => explorer.store.update(setHighlight(null)));
  root.append(fromBox, toBox, el('div', { class: 'row' }, find, clear), result);
  return {
    setFrom(nodeId: string) {
      const a = explorer.graph.getNodeAttributes(nodeId);
      from.setChosen({ id: nodeId, key: typeof a.properties.key === 'string' ? a.properties.key : null, caption: a.label, labels: a.labels, matched: null, detail: null });
      to.focus();
    },
  };
}
