// The legend: every label and relationship type on the page, with how many are shown here and how many the
// database holds; clicking one hides or shows it (aria-pressed tells which).
import type { Explorer } from '../explorer.ts';
import { toggleLabel, toggleType } from '../graph/filters.ts';
import { colourFor } from '../graph/palette.ts';
import { updateFilters } from '../state/view.ts';
import { el } from './dom.ts';

/** Counts per category and per relationship type among what is on the page (pure). */
export function countsInView(explorer: Pick<Explorer, 'graph'>): { labels: Map<string, number>; types: Map<string, number> } {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  explorer.graph.forEachNode((_, a) => labels.set(a.category ?? '', (labels.get(a.category ?? '') ?? 0) + 1));
  explorer.graph.forEachEdge((_, a) => types.set(a.relType, (types.get(a.relType) ?? 0) + 1));
  return { labels, types };
}

export function mountLegend(root: HTMLElement, explorer: Explorer): void {
  const body = el('div', {});
  root.append(body);
  const dbLabels = new Map(explorer.schema.labels.map((l) => [l.name, l.count]));
  const dbTypes = new Map(explorer.schema.relationshipTypes.map((t) => [t.name, t.count]));
  const render = () => {
    const { labels, types } = countsInView(explorer);
    const filters = explorer.state.filters;
    const community = explorer.state.colour === 'community';
    const labelList = el('ul', { class: 'legend', 'aria-label': 'Labels' });
    for (const [label, count] of [...labels].sort((a, b) => b[1] - a[1])) {
      const hidden = filters.hiddenLabels.includes(label);
      const total = dbLabels.get(label);
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = colourFor(label, explorer.context.colours);
      const item = el(
        'button',
        { type: 'button', class: 'legend-item', 'aria-pressed': String(!hidden), title: hidden ? `Show ${label}` : `Hide ${label}` },
        swatch,
        el('span', { class: 'name' }, label),
        el('span', { class: 'count' }, total !== undefined ? `${count} of ${total}` : String(count)),
      );
      item.addEventListener('click', () => explorer.store.update(updateFilters(toggleLabel(label))));
      labelList.append(el('li', {}, item));
    }
    const typeList = el('ul', { class: 'legend', 'aria-label': 'Relationship types' });
    for (const [type, count] of [...types].sort((a, b) => b[1] - a[1])) {
      const hidden = filters.hiddenTypes.includes(type);
      const total = dbTypes.get(type);
      const item = el(
        'button',
        { type: 'button', class: 'legend-item', 'aria-pressed': String(!hidden), title: hidden ? `Show ${type}` : `Hide ${type}` },
        el('span', { class: 'line', 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, type),
        el('span', { class: 'count' }, total !== undefined ? `${count} of ${total}` : String(count)),
      );
      item.addEventListener('click', () => explorer.store.update(updateFilters(toggleType(type))));
      typeList.append(el('li', {}, item));
    }
    const note = community ? el('p', { class: 'muted' }, 'Node colours show communities (Louvain); the swatches above are label colours.') : '';
    body.replaceChildren(el('h3', {}, 'Labels'), labelList, el('h3', {}, 'Relationship types'), typeList, note);
  };
  explorer.on('graph', render);
  explorer.store.subscribe((s, p) => {
    if (s.filters !== p.filters || s.colour !== p.colour) render();
  });
  render();
}
