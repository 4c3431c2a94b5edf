// Captions a person would choose, inferred per label from a sample of its nodes; pure (no driver, no I/O), so the
// graph service, search, the console and Ask all name a node the same way.
// A label's rule is the key (or keys: a given name and a surname) whose values name its nodes best: keys that read
// like names (name, title, *Name, *_name, label), then codes, then addresses, e-mails and phone numbers, then any
// other short text; values must be mostly distinct and short; an id-like column only when nothing better exists.
// The same sample says which keys a person may type to find a node (identifying keys) and which one tells two
// nodes with the same caption apart (the detail shown beside a search option).

/** A node as the rules see it: labels and plain property values. */
export interface CaptionedNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** What was sampled of one label: its name and the property maps of up to a few hundred of its nodes. */
export interface LabelSample {
  label: string;
  nodes: Record<string, unknown>[];
  /** How many nodes the label has in all (the sample may be fewer). */
  count?: number;
}

export interface CaptionRule {
  /** Keys whose values, joined with a space, make the caption (["name", "surname"] → "Todd Hamilton"). */
  keys: string[];
  /** Why, in a sentence for the person. */
  reason: string;
  /** How good the choice is; a node with several labels takes the caption of its best rule. */
  score: number;
}

export interface LabelProfile {
  caption: CaptionRule | null;
  /** Nodes with this label when the sample was taken. */
  count: number;
  /** Keys a person may type to find a node of this label: caption keys, names, codes, ids, addresses, e-mails, phones. */
  searchKeys: string[];
  /** Keys that tell two nodes of this label apart when their captions are the same, best first. */
  detailKeys: string[];
  /** Search keys whose values are mostly numbers (a full-text index does not hold them: found by scanning). */
  numericKeys: string[];
}

export type CaptionRules = Record<string, LabelProfile>;

const GIVEN_KEYS = ['name', 'firstname', 'first_name', 'givenname', 'given_name', 'given', 'forename', 'forenames'];
const FAMILY_KEYS = ['surname', 'lastname', 'last_name', 'familyname', 'family_name', 'family'];
const MAX_CAPTION = 80;

/** How a key reads, from its name alone. */
type KeyKind = 'name' | 'code' | 'contact' | 'id' | 'other';

export function keyKind(key: string): KeyKind {
  const lower = key.toLowerCase();
  if (/^(id|_id|uuid|guid|key|elementid|identity)$/.test(lower) || /(Id|ID|Key|Uuid|UUID)$/.test(key) || /_(id|key|uuid)$/.test(lower)) return 'id';
  if (/^(name|title|label|caption|displayname|fullname)$/.test(lower) || /[a-z]Name$/.test(key) || /_name$/.test(lower) || /^name_/.test(lower)) return 'name';
  if (/^(e-?mail|phone|telephone|mobile|fax|address|street|postcode|zip|zipcode|url|website)/.test(lower) || /(address|email|phone|postcode|postalcode|postal_code|zip|zipcode)$/.test(lower)) {
    return 'contact';
  }
  if (/^(code|symbol|abbreviation|acronym|ticker|sku|isbn)$/.test(lower) || /[a-z]Code$/.test(key) || /_code$/.test(lower)) return 'code';
  return 'other';
}

interface KeyStats {
  key: string;
  present: number;
  texts: number;
  /** Values that are lists of text (aliases). */
  lists: number;
  numbers: number;
  distinct: number;
  averageLength: number;
  /** Values that look like numbers or opaque codes (digits, hex, uuids). */
  opaque: number;
}

function valueText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

// Numbers, hex, uuids, dates and times: values that identify or stamp a node but do not name it.
const OPAQUE = /^(\d[\d\s.,-]*|[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f-]{27,}|\d{4}-\d\d-\d\d([ T][\d:.]+)?(Z|[+-]\d\d:?\d\d)?)$/i;
/** Keys no one types into a search box: links, file paths, pictures, secrets. */
const UNSEARCHABLE = /((path|url|uri|href|link|photo|image|picture|file|hash|password|token)$|^(description|notes?|comments?|summary|text|body|content|abstract|bio|tagline)$)/i;

function statsOf(nodes: Record<string, unknown>[]): KeyStats[] {
  const byKey = new Map<string, { present: number; texts: number; lists: number; numbers: number; values: Set<string>; length: number; opaque: number }>();
  for (const properties of nodes) {
    for (const [key, value] of Object.entries(properties)) {
      if (value === null || value === undefined) continue;
      const entry = byKey.get(key) ?? { present: 0, texts: 0, lists: 0, numbers: 0, values: new Set<string>(), length: 0, opaque: 0 };
      byKey.set(key, entry);
      entry.present++;
      if (Array.isArray(value) && value.some((item) => typeof item === 'string')) entry.lists++;
      const text = valueText(value);
      if (text === null) continue;
      if (typeof value === 'string') entry.texts++;
      else entry.numbers++;
      entry.values.add(text.toLowerCase());
      entry.length += text.length;
      if (OPAQUE.test(text)) entry.opaque++;
    }
  }
  return [...byKey.entries()].map(([key, e]) => ({
    key,
    present: e.present,
    texts: e.texts,
    lists: e.lists,
    numbers: e.numbers,
    distinct: e.values.size,
    averageLength: e.texts + e.numbers ? e.length / (e.texts + e.numbers) : 0,
    opaque: e.opaque,
  }));
}

const KIND_SCORE: Record<KeyKind, number> = { name: 40, code: 25, contact: 20, other: 15, id: 0 };

/** A key's score as a caption, or null when it cannot be one (not text, too rare, too long). */
function captionScore(stats: KeyStats, total: number, label: string): number | null {
  const kind = keyKind(stats.key);
  const usable = stats.texts + (kind === 'id' || kind === 'code' ? stats.numbers : 0);
  if (usable === 0 || usable < total * 0.5) return null;
  if (stats.averageLength > 200) return null;
  const coverage = usable / total;
  const distinctness = stats.distinct / Math.max(1, stats.texts + stats.numbers);
  let score = KIND_SCORE[kind] + 10 * coverage + 15 * distinctness;
  // A repeated value (a country, a type) names a group, not a node: only worth it when nothing else is there.
  if (total >= 5 && distinctness < 0.5) score -= 25;
  if (stats.averageLength > 60) score -= 15;
  if (kind !== 'id' && kind !== 'code' && stats.opaque > stats.texts / 2) score -= 20;
  const lower = stats.key.toLowerCase();
  if (lower === 'name' || lower === 'title') score += 5;
  else if (kind === 'name' && lower.startsWith(label.toLowerCase())) score += 3;
  // A label's own id (orderID on Order) is what a person picks when nothing names its nodes.
  if (kind === 'id' && lower.startsWith(label.toLowerCase())) score += 10;
  return score;
}

function describe(stats: KeyStats): string {
  const kind = keyKind(stats.key);
  const what = stats.texts >= stats.numbers ? 'text' : 'number';
  const why = { name: 'name-like key', code: 'a code', contact: 'an address or contact', other: 'short text', id: 'an id: no name-like key was found' }[kind];
  return `${what}, distinct on ${stats.distinct} of ${stats.texts + stats.numbers} nodes, ${why}`;
}

function combinedName(nodes: Record<string, unknown>[], stats: KeyStats[]): CaptionRule | null {
  const find = (names: string[]) => stats.find((s) => names.includes(s.key.toLowerCase()) && s.texts >= nodes.length * 0.5);
  const given = find(GIVEN_KEYS);
  const family = find(FAMILY_KEYS);
  if (!given || !family) return null;
  const full = new Set(nodes.map((n) => [valueText(n[given.key]), valueText(n[family.key])].filter(Boolean).join(' ').toLowerCase()));
  return {
    keys: [given.key, family.key],
    reason: `${given.key} + ${family.key}: a given name and a surname, together distinct on ${full.size} of ${nodes.length} nodes`,
    score: 80,
  };
}

export function inferCaptionRule(sample: LabelSample): CaptionRule | null {
  const { nodes, label } = sample;
  if (nodes.length === 0) return null;
  const stats = statsOf(nodes);
  const combined = combinedName(nodes, stats);
  if (combined) return combined;
  let best: { stats: KeyStats; score: number } | null = null;
  for (const s of stats) {
    const score = captionScore(s, nodes.length, label);
    if (score !== null && (!best || score > best.score || (score === best.score && s.key < best.stats.key))) best = { stats: s, score };
  }
  return best ? { keys: [best.stats.key], reason: `${best.stats.key}: ${describe(best.stats)}`, score: best.score } : null;
}

/** Keys a person would type to find a node, and keys that set two same-named nodes apart. */
function identifyingKeys(sample: LabelSample, caption: CaptionRule | null): { searchKeys: string[]; detailKeys: string[]; numericKeys: string[] } {
  const stats = statsOf(sample.nodes);
  const total = Math.max(1, sample.nodes.length);
  const searchKeys = new Set(caption?.keys ?? []);
  const details: { key: string; score: number }[] = [];
  for (const s of stats) {
    const kind = keyKind(s.key);
    const distinctness = s.distinct / Math.max(1, s.texts + s.numbers);
    const textual = s.texts > 0 && s.averageLength <= 200;
    // Ids and codes are typed even when shared (an order's customerID); names and addresses only when they tell
    // nodes apart (a ship-to name repeated on every order of a customer would drown the customer itself).
    const identifying = kind === 'id' || kind === 'code' || distinctness >= 0.5;
    if (textual && identifying && s.averageLength <= 120 && !UNSEARCHABLE.test(s.key) && !(kind === 'other' && s.opaque >= s.texts)) {
      searchKeys.add(s.key);
    }
    if (s.lists > 0 && (kind === 'name' || /(alias|synonym|nickname|names$)/i.test(s.key))) searchKeys.add(s.key);
    if (caption?.keys.includes(s.key) || s.texts + s.numbers === 0 || s.averageLength > 60) continue;
    // The best detail: present on most nodes, mostly distinct, and readable (ids and codes people type count).
    const score = distinctness * 2 + s.present / total + (kind === 'id' || kind === 'code' ? 1 : 0) + (kind === 'contact' ? 0.2 : 0);
    if (distinctness >= 0.3) details.push({ key: s.key, score });
  }
  // What a person would type (an id, an e-mail) tells nodes apart better than a measurement (a price, a weight).
  for (const detail of details) if (searchKeys.has(detail.key)) detail.score += 1;
  details.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const numeric = new Set(stats.filter((s) => s.numbers > s.texts).map((s) => s.key));
  return { searchKeys: [...searchKeys], detailKeys: details.slice(0, 3).map((d) => d.key), numericKeys: [...searchKeys].filter((key) => numeric.has(key)) };
}

/** The search keys a full-text index can hold (text, not numbers). */
export const textSearchKeys = (profile: LabelProfile) => profile.searchKeys.filter((key) => !profile.numericKeys.includes(key));

export function inferLabelProfile(sample: LabelSample): LabelProfile {
  const caption = inferCaptionRule(sample);
  return { caption, count: sample.count ?? sample.nodes.length, ...identifyingKeys(sample, caption) };
}

export function inferCaptionRules(samples: LabelSample[]): CaptionRules {
  const rules: CaptionRules = {};
  for (const sample of samples) rules[sample.label] = inferLabelProfile(sample);
  return rules;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_CAPTION ? `${flat.slice(0, MAX_CAPTION - 1)}…` : flat;
}

function formatValue(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ') || null;
  return valueText(value);
}

/** The caption of a node by a rule, or null when the node has none of the rule's values. */
export function captionBy(node: CaptionedNode, keys: readonly string[]): string | null {
  const parts = keys.map((key) => formatValue(node.properties[key])).filter((v): v is string => v !== null);
  return parts.length ? shorten(parts.join(' ')) : null;
}

/** "Product #12": the last part of an elementId, which is the short id Neo4j shows. */
export function fallbackCaption(node: Pick<CaptionedNode, 'id' | 'labels'>): string {
  const short = node.id.split(':').pop() ?? node.id;
  return `${node.labels[0] ?? 'Node'} #${short}`;
}

/** The caption of a node: the best rule among its labels that it has values for; else name/title; else label + id. */
export function captionOf(node: CaptionedNode, rules: CaptionRules): string {
  const candidates = node.labels
    .map((label) => rules[label]?.caption)
    .filter((rule): rule is CaptionRule => Boolean(rule))
    .sort((a, b) => b.score - a.score);
  for (const rule of candidates) {
    const caption = captionBy(node, rule.keys);
    if (caption) return caption;
  }
  for (const key of ['name', 'title']) {
    const caption = typeof node.properties[key] === 'string' ? captionBy(node, [key]) : null;
    if (caption) return caption;
  }
  return fallbackCaption(node);
}

/** A property that tells this node apart from others with the same caption ("customerID ALFKI", "born 1964"). */
export function detailOf(node: CaptionedNode, rules: CaptionRules): string | null {
  const caption = captionOf(node, rules);
  for (const label of node.labels) {
    for (const key of rules[label]?.detailKeys ?? []) {
      const value = formatValue(node.properties[key]);
      if (value && value !== caption) return `${key} ${shorten(value)}`;
    }
  }
  return null;
}

/** Sets `caption` on each node (in place) and returns them, for payloads about to be sent. */
export function withCaptions<T extends CaptionedNode>(nodes: T[], rules: CaptionRules): (T & { caption: string })[] {
  for (const node of nodes) (node as T & { caption: string }).caption = captionOf(node, rules);
  return nodes as (T & { caption: string })[];
}
