// Which text names a node on screen: the schema's caption key for its label when known, else `name`, `title`,
// the first short string property, then a label. Which label a node shows as: the most specific one.
import type { GraphNode } from '../../server/contract.ts';

const PREFERRED_CAPTION_KEYS = ['name', 'title', 'caption', 'label'] as const;

export function captionOf(node: Pick<GraphNode, 'labels' | 'properties' | 'id'>, captionKeys: ReadonlyMap<string, string> = new Map()): string {
  for (const label of node.labels) {
    const key = captionKeys.get(label);
    const value = key ? node.properties[key] : undefined;
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  for (const key of PREFERRED_CAPTION_KEYS) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  for (const value of Object.values(node.properties)) {
    if (typeof value === 'string' && value.trim() && value.length <= 80) return value;
  }
  return node.labels[0] ?? node.id;
}

/** The label a node is coloured and filtered by: its first label other than the focus label ("Entity"). */
export function categoryOf(labels: readonly string[], focus: string | null): string {
  return labels.find((l) => l !== focus) ?? labels[0] ?? '(no label)';
}

/** A node's reference that survives a reload and travels in URLs: its `key` property, else its elementId. */
export function refOf(node: Pick<GraphNode, 'id' | 'properties'>): string {
  const key = node.properties.key;
  return typeof key === 'string' && key ? key : `id:${node.id}`;
}
