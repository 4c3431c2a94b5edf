// Which text names a node on screen: `name`, then `title`, then the first string property, then a label.
import type { GraphNode } from '../../server/contract.ts';

const PREFERRED_CAPTION_KEYS = ['name', 'title', 'caption', 'label'] as const;

export function captionOf(node: Pick<GraphNode, 'labels' | 'properties' | 'id'>): string {
  for (const key of PREFERRED_CAPTION_KEYS) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  for (const value of Object.values(node.properties)) {
    if (typeof value === 'string' && value.trim() && value.length <= 80) return value;
  }
  return node.labels[0] ?? node.id;
}
