// Which text names a node on screen, the same everywhere in the page (canvas, Details, search, paths, Ask,
// console): the person's choice of keys for one of its labels, else the caption the server sent (its label's
// caption rule, GET /api/schema), else the schema's caption key, `name`, `title`, the first short string, a label.
// Which label a node shows as: the most specific one.
import type { GraphNode } from '../../server/contract.ts';

const PREFERRED_CAPTION_KEYS = ['name', 'title', 'caption', 'label'] as const;

/** The person's caption per label: the property keys whose values, joined by a space, name its nodes. */
export type CaptionChoices = Readonly<Record<string, readonly string[]>>;

type Captionable = Pick<GraphNode, 'labels' | 'properties' | 'id'> & { caption?: string };

function valueText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ');
  return '';
}

/** The values of these keys joined by a space ("Todd Hamilton"), or '' when none has a value. */
export function joinKeys(properties: Record<string, unknown>, keys: readonly string[]): string {
  return keys.map((key) => valueText(properties[key])).filter(Boolean).join(' ');
}

export function captionOf(node: Captionable, choices: CaptionChoices = {}, captionKeys: ReadonlyMap<string, string> = new Map()): string {
  for (const label of node.labels) {
    const keys = choices[label];
    const chosen = keys?.length ? joinKeys(node.properties, keys) : '';
    if (chosen) return chosen;
  }
  if (typeof node.caption === 'string' && node.caption.trim()) return node.caption;
  for (const label of node.labels) {
    const key = captionKeys.get(label);
    const value = key ? valueText(node.properties[key]) : '';
    if (value) return value;
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

/** Sets or clears (empty keys) the person's caption for a label (pure). */
export function chooseCaption(choices: CaptionChoices, label: string, keys: readonly string[]): CaptionChoices {
  const { [label]: _dropped, ...rest } = choices;
  return keys.length ? { ...rest, [label]: [...keys] } : rest;
}

/** Choices read from storage or a link: anything that is not label → list of keys is dropped. */
export function parseCaptionChoices(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [label, keys] of Object.entries(value)) {
    if (Array.isArray(keys) && keys.length && keys.every((k) => typeof k === 'string' && k)) out[label] = keys as string[];
  }
  return out;
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
