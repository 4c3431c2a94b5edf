// Filters beyond the legend: a property value (key + text) and a date range over dated nodes, with a timeline
// that shows how many dated nodes fall in each year. Filters hide through the renderer's reducers.
import type { Explorer } from '../explorer.ts';
import { dateOf, setDateRange, setPropertyFilter } from '../graph/filters.ts';
import { updateFilters } from '../state/view.ts';
import { button, el } from './dom.ts';

/** The dates of dated nodes on the page, sorted and distinct (pure). */
export function datesInView(explorer: Pick<Explorer, 'graph'>): string[] {
  const dates = new Set<string>();
  explorer.graph.forEachNode((_, a) => {
    const d = dateOf(a.properties);
    if (d) dates.add(d);
  });
  return [...dates].sort();
}

export function mountFilters(root: HTMLElement, explorer: Explorer): void {
  const keys = el('select', { 'aria-label': 'Property to filter by' });
  const value = el('input', { type: 'search', 'aria-label': 'Property value contains', placeholder: 'value contains…' });
  const apply = () => explorer.store.update(updateFilters(setPropertyFilter(keys.value && value.value ? { key: keys.value, value: value.value } : null)));
  keys.addEventListener('change', apply);
  value.addEventListener('input', apply);
  const propertyRow = el('div', { class: 'row' }, keys, value);

  const timeline = el('div', { class: 'timeline', role: 'group', 'aria-label': 'Timeline' });
  root.append(el('h3', {}, 'Property value'), propertyRow, el('h3', {}, 'Dates'), timeline, button('Clear filters', () => clearAll()));

  const clearAll = () => {
    value.value = '';
    explorer.store.update(updateFilters(() => ({ hiddenLabels: [], hiddenTypes: [], property: null, dates: null })));
  };

  const renderKeys = () => {
    const present = new Set<string>();
    explorer.graph.forEachNode((_, a) => Object.keys(a.properties).forEach((k) => present.add(k)));
    const chosen = explorer.state.filters.property?.key ?? keys.value;
    keys.replaceChildren(el('option', { value: '' }, '(property)'), ...[...present].sort().map((k) => el('option', { value: k, selected: k === chosen }, k)));
    if (explorer.state.filters.property) value.value = explorer.state.filters.property.value;
  };

  const renderTimeline = () => {
    const dates = datesInView(explorer);
    if (dates.length < 2) {
      timeline.replaceChildren(el('p', { class: 'muted' }, dates.length ? `One dated node (${dates[0]}).` : 'No dated nodes on the page.'));
      return;
    }
    const range = explorer.state.filters.dates;
    const indexOf = (d: string, fallback: number) => {
      const i = dates.findIndex((x) => x >= d);
      return i < 0 ? fallback : i;
    };
    const fromIndex = range ? indexOf(range.from, 0) : 0;
    const toIndex = range ? Math.max(0, dates.filter((d) => d <= range.to).length - 1) : dates.length - 1;
    const from = el('input', { type: 'range', min: '0', max: String(dates.length - 1), value: String(fromIndex), 'aria-label': 'Timeline start' });
    const to = el('input', { type: 'range', min: '0', max: String(dates.length - 1), value: String(toIndex), 'aria-label': 'Timeline end' });
    const label = el('p', { class: 'range-label', 'aria-live': 'polite' });
    const years = new Map<string, number>();
    for (const d of dates) years.set(d.slice(0, 4), (years.get(d.slice(0, 4)) ?? 0) + 1);
    const max = Math.max(...years.values());
    const bars = el('div', { class: 'bars', 'aria-hidden': 'true' });
    for (const [year, count] of years) {
      const bar = el('span', { class: 'bar', title: `${year}: ${count}` });
      bar.style.height = `${Math.round((count / max) * 100)}%`;
      bars.append(bar);
    }
    const update = () => {
      const a = Math.min(Number(from.value), Number(to.value));
      const b = Math.max(Number(from.value), Number(to.value));
      label.textContent = `${dates[a]} to ${dates[b]}`;
      const all = a === 0 && b === dates.length - 1;
      explorer.store.update(updateFilters(setDateRange(all ? null : { from: dates[a]!, to: dates[b]! })));
    };
    from.addEventListener('input', update);
    to.addEventListener('input', update);
    label.textContent = `${dates[Math.min(fromIndex, toIndex)]} to ${dates[Math.max(fromIndex, toIndex)]}`;
    timeline.replaceChildren(bars, el('div', { class: 'years' }, el('span', {}, dates[0]!.slice(0, 4)), el('span', {}, dates[dates.length - 1]!.slice(0, 4))), from, to, label);
  };
  explorer.on('graph', () => {
    renderKeys();
    renderTimeline();
  });
  explorer.store.subscribe((s, p) => {
    if (s.filters.dates !== p.filters.dates && document.activeElement?.getAttribute('type') !== 'range') renderTimeline();
  });
  renderKeys();
  renderTimeline();
}
