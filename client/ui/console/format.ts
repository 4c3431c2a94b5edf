// Result values as short text for table cells (pure): nodes as (:Label {caption}), relationships as [:TYPE],
// paths as their length, lists and maps as JSON. The JSON view shows everything in full.
import type { GraphNode, GraphRelationship } from '../../../server/contract.ts';

const CAPTION_KEYS = ['name', 'title', 'key'];

const isNode = (value: unknown): value is GraphNode =>
  !!value && typeof value === 'object' && 'id' in value && 'labels' in value && 'properties' in value;
const isRelationship = (value: unknown): value is GraphRelationship =>
  !!value && typeof value === 'object' && 'id' in value && 'type' in value && 'start' in value && 'end' in value;
const isPath = (value: unknown): value is { length: number; segments: unknown[] } =>
  !!value && typeof value === 'object' && 'segments' in value && 'length' in value;

function captionOf(properties: Record<string, unknown>): string {
  for (const key of CAPTION_KEYS) if (typeof properties[key] === 'string') return properties[key] as string;
  return '';
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) {
    const caption = captionOf(value.properties);
    return `(${value.labels.map((l) => ':' + l).join('')}${caption ? ` ${JSON.stringify(caption)}` : ''})`;
  }
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) return `path of ${value.length} relationship${value.length === 1 ? '' : 's'}`;
  return JSON.stringify(value);
}
