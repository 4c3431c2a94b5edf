// Search over every caption and identifying property, across labels (the search box, Connect, and others).
// Per label: where an online full-text index covers every key the label is searched by, the index answers; else a
// bounded scan reads at most a share of SCAN_BUDGET nodes of the label within SCAN_TIMEOUT_MS. Both kinds of
// candidates are ranked the same way here (searchText.ts): exact, prefix, word prefix, contained, typo; then matches
// on the caption before other values, then the better-connected node. Creating an index is a write, so search never
// does it: `npm run index` does, when the person runs it (the hint says so when a scan could not read everything).
import type { GraphNode, SearchHit, SearchResponse } from '../contract.ts';
import type { Database } from '../db/driver.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { AppError } from '../errors.ts';
import { captionOf, detailOf, textSearchKeys, type CaptionRules } from '../schema/captions.ts';
import { captionRules } from '../schema/service.ts';
import * as repo from './repository.ts';
import { bestMatch, buildLuceneQuery, HAS_CJK, digitsNeedle, typoPrefixes, type MatchRank, type ValueSource } from './searchText.ts';

/** Nodes one search may read by scanning, over all labels without an index. */
export const SCAN_BUDGET = 200_000;
/** Every label scanned may read at least this many, however many labels there are. */
const MIN_PER_LABEL = 2_000;
export interface SearchOptions {
  /** How long a scan may run (SEARCH_SCAN_TIMEOUT_MS, 10 s by default: a first plan on a busy machine takes seconds). */
  scanTimeoutMs?: number;
}
const SCAN_TIMEOUT_MS = 10_000;

/** The full-text indexes that are online, asked of Neo4j once per few seconds, not per keystroke. */
export const onlineFulltextIndexes = memoPerDatabase(async (db) => (await repo.readFulltextIndexes(db)).filter((index) => index.state === 'ONLINE'));

interface Candidate {
  node: GraphNode;
  degree: number;
  fromIndex: boolean;
}

/** The values a node is searched by: its label's identifying keys (lists flattened), each with its source. */
function searchValues(node: GraphNode, rules: CaptionRules): { value: string; source: ValueSource }[] {
  const values: { value: string; source: ValueSource }[] = [];
  for (const label of node.labels) {
    for (const key of rules[label]?.searchKeys ?? []) {
      const value = node.properties[key];
      // A key named after the label (customerID on Customer, productCode on Product) is the node's own.
      const source: ValueSource = key.toLowerCase().startsWith(label.toLowerCase()) ? 1 : 2;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'string' || typeof item === 'number') values.push({ value: String(item), source });
      }
    }
  }
  return values;
}

interface Ranked {
  hit: SearchHit;
  rank: MatchRank;
  source: ValueSource;
  degree: number;
}

function rankCandidate(text: string, candidate: Candidate, rules: CaptionRules): Ranked | null {
  const { node } = candidate;
  const caption = captionOf(node, rules);
  const match = bestMatch(text, caption, searchValues(node, rules));
  // The index's analyzer for Chinese finds what the rules here cannot see: kept, after the typos. Otherwise a
  // candidate the rules do not match (a scan's look-alike, an index's fuzzier term) is left out.
  if (!match && !(candidate.fromIndex && HAS_CJK.test(text))) return null;
  const rank: MatchRank = match?.rank ?? 4;
  const inCaption = match !== null && caption.toLowerCase().includes(match.value.toLowerCase());
  const key = node.properties.key;
  return {
    hit: {
      id: node.id,
      key: typeof key === 'string' ? key : null,
      caption,
      labels: node.labels,
      matched: match && match.source !== 0 && !inCaption ? match.value : null,
      detail: detailOf(node, rules),
    },
    rank,
    source: match?.source ?? 2,
    degree: candidate.degree,
  };
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    a.rank - b.rank ||
    a.source - b.source ||
    b.degree - a.degree ||
    a.hit.caption.localeCompare(b.hit.caption) ||
    (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0)
  );
}

/** Labels searched: those with nodes, within the page's focus and the request's filter. */
function labelsToSearch(rules: CaptionRules, focus: string | null, filter: string[]): string[] {
  return Object.keys(rules)
    .filter((label) => rules[label]!.count > 0 && rules[label]!.searchKeys.length > 0)
    .filter((label) => (focus === null || label === focus) && (filter.length === 0 || filter.includes(label)))
    .sort();
}

/** What one search reads: a bounded scan of the labels no index covers, and a query of each usable index. */
export interface SearchReads {
  labels: string[];
  scan: repo.ScanRequest | null;
  indexes: { index: string; lucene: string; limit: number }[];
  /** Labels with more nodes than the scan reads of each. */
  partial: string[];
}

/**
 * Decides what a search for `text` reads (pure: the caption rules and online indexes are given), so that the
 * benchmark can run the very same queries on the bare driver.
 */
export function planSearch(
  text: string,
  limit: number,
  rules: CaptionRules,
  indexes: readonly repo.FulltextIndex[],
  scope: { focus: string | null; labels: string[] },
  scanTimeoutMs: number = SCAN_TIMEOUT_MS,
): SearchReads {
  const labels = labelsToSearch(rules, scope.focus, scope.labels);
  // A label is covered when an index holds all its text keys; a number typed is still looked for in number keys.
  const typedNumber = /^\d+$/.test(text);
  const covered = (label: string) =>
    indexes.some((index) => index.labels.includes(label) && textSearchKeys(rules[label]!).every((key) => index.properties.includes(key))) &&
    !(typedNumber && rules[label]!.numericKeys.length > 0);
  const scanned = labels.filter((label) => !covered(label));
  const usable = indexes.filter((index) => index.labels.some((label) => labels.includes(label)));
  const lucene = buildLuceneQuery(text);
  const candidates = Math.max(limit * 5, 50);
  const perLabel = Math.max(MIN_PER_LABEL, Math.floor(SCAN_BUDGET / Math.max(1, scanned.length)));
  const scan: repo.ScanRequest | null = scanned.length
    ? {
        targets: scanned.map((label) => ({ label, keys: rules[label]!.searchKeys, captionKeys: rules[label]!.caption?.keys ?? [] })),
        needle: text.toLowerCase().replace(/\s+/g, ' '),
        prefixes: typoPrefixes(text),
        digits: digitsNeedle(text),
        perLabel,
        candidates,
        timeoutMs: scanTimeoutMs,
      }
    : null;
  return {
    labels,
    scan,
    indexes: lucene ? usable.map((index) => ({ index: index.name, lucene, limit: candidates })) : [],
    partial: scanned.filter((label) => rules[label]!.count > perLabel),
  };
}

export async function searchGraph(
  db: Database,
  query: string,
  limit: number,
  scope: { focus: string | null; labels: string[] },
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const text = query.trim();
  if (!text) return { query, hits: [] };
  const [rules, indexes] = await Promise.all([captionRules(db), onlineFulltextIndexes(db)]);
  const reads = planSearch(text, limit, rules, indexes, scope, options.scanTimeoutMs);
  const { labels, partial } = reads;
  const notes: string[] = [];
  const [fromScan, fromIndexes] = await Promise.all([
    reads.scan ? scan(db, reads.scan, notes) : Promise.resolve([]),
    Promise.all(reads.indexes.map((read) => searchIndex(db, read.index, read.lucene, read.limit))).then((lists) => lists.flat()),
  ]);
  if (partial.length) {
    notes.push(
      `Searched the first ${reads.scan!.perLabel.toLocaleString('en')} nodes of ${partial.join(', ')} (no full-text index covers ${partial.length > 1 ? 'them' : 'it'}): ` +
        'run `npm run index` to create full-text indexes and search every node.',
    );
  }

  const byId = new Map<string, Candidate>();
  for (const candidate of [...fromIndexes, ...fromScan]) {
    if (!candidate.node.labels.some((label) => labels.includes(label))) continue;
    const known = byId.get(candidate.node.id);
    byId.set(candidate.node.id, known ? { ...known, fromIndex: known.fromIndex || candidate.fromIndex } : candidate);
  }
  const hits = [...byId.values()]
    .map((candidate) => rankCandidate(text, candidate, rules))
    .filter((ranked): ranked is Ranked => ranked !== null)
    .sort(compareRanked)
    .slice(0, limit)
    .map((ranked) => ranked.hit);
  return notes.length ? { query, hits, hint: notes.join(' ') } : { query, hits };
}

async function scan(db: Database, request: repo.ScanRequest, notes: string[]): Promise<Candidate[]> {
  try {
    const found = await repo.searchScan(db, request);
    return found.map((f) => ({ ...f, fromIndex: false }));
  } catch (error) {
    // A timeout keeps Neo4j's code (Neo.ClientError.Transaction.TransactionTimedOut…) with the 504 of QUERY_TIMEOUT.
    if (!(error instanceof AppError && error.status === 504)) throw error;
    const labels = request.targets.map((target) => target.label);
    notes.push(`The search ran out of time reading ${labels.join(', ')} without an index: run \`npm run index\` to create full-text indexes.`);
    return [];
  }
}

/** One index the memo says is online; if it was dropped since, searching goes on without it. */
async function searchIndex(db: Database, index: string, lucene: string, limit: number): Promise<Candidate[]> {
  try {
    return (await repo.searchFulltext(db, index, lucene, limit)).map((f) => ({ node: f.node, degree: f.degree, fromIndex: true }));
  } catch (error) {
    if ((await onlineFulltextIndexes.fresh(db)).some((i) => i.name === index)) throw error;
    return [];
  }
}
