// What is shown (pure): labels and relationship types hidden from the legend, a property value, and a date range
// over dated nodes. The renderer's reducers ask these predicates; the graph itself is never changed by a filter.
import type { EdgeAttributes, NodeAttributes } from './build.ts';

export interface Filters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** Show only nodes whose property `key` contains `value` (case-insensitive). */
  property: { key: string; value: string } | null;
  /** Dated nodes (property `date`, ISO) outside [from, to] are hidden; undated nodes are not affected. */
  dates: { from: string; to: string } | null;
}

export const emptyFilters = (): Filters => ({ hiddenLabels: [], hiddenTypes: [], property: null, dates: null });

export const DATE_KEYS = ['date', 'released', 'born'] as const;

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const toggleLabel = (label: string) => (f: Filters): Filters => ({ ...f, hiddenLabels: toggle(f.hiddenLabels, label) });
export const toggleType = (type: string) => (f: Filters): Filters => ({ ...f, hiddenTypes: toggle(f.hiddenTypes, type) });
export const setPropertyFilter = (property: Filters['property']) => (f: Filters): Filters => ({
  ...f,
  property: property && property.key && property.value.trim() ? { key: property.key, value: property.value.trim() } : null,
});
export const setDateRange = (dates: Filters['dates']) => (f: Filters): Filters => ({ ...f, dates });

/** A node's date as "YYYY-MM-DD" (from a Neo4j DATE string or a year number), or null. */
export function dateOf(properties: Record<string, unknown>): string | null {
  const value = properties.date;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (typeof value === 'number' && value > 999 && value < 10000) return `${value}-01-01`;
  return null;
}

function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(' ');
  return value === null || value === undefined ? '' : String(value);
}

export function nodeVisible(node: Pick<NodeAttributes, 'category' | 'properties'>, filters: Filters): boolean {
  if (filters.hiddenLabels.includes(node.category ?? '')) return false;
  if (filters.property) {
    const text = valueText(node.properties[filters.property.key]).toLowerCase();
    if (!text.includes(filters.property.value.toLowerCase())) return false;
  }
  if (filters.dates) {
    const date = dateOf(node.properties);
    if (date && (date < filters.dates.from || date > filters.dates.to)) return false;
  }
  return true;
}

export function edgeVisible(edge: Pick<EdgeAttributes, 'relType'>, filters: Filters, sourceVisible: boolean, targetVisible: boolean): boolean {
  return sourceVisible && targetVisible && !filters.hiddenTypes.includes(edge.relType);
}

export function isFiltering(filters: Filters): boolean {
  return filters.hiddenLabels.length > 0 || filters.hiddenTypes.length > 0 || filters.property !== null || filters.dates !== null;
}
