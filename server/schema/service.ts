// Schema service: what the database holds, read from the database itself, so the explorer works on any graph.
// Also the gate for names coming from requests: a label or type is used only if the schema has it.
// The tokens (labels, types, property keys) are read on nearly every request, so they are memoised per database
// for a few seconds (db/memo.ts); a name the memo does not list is checked against a fresh read before it is
// refused, so a label created a moment ago is never turned away. The schema endpoint always reads fresh.
import type { Database } from '../db/driver.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { AppError } from '../errors.ts';
import { inferCaptionRules, type CaptionRules } from './captions.ts';
import { readCounts, readLabelProperties, readLabelSamples, readNodeTotal, readTokens, type SchemaTokens } from './repository.ts';

/** The database's tokens, at most a few seconds old. */
export const schemaTokens = memoPerDatabase(readTokens);

/** Tokens that satisfy `enough`, from the memo if it does, else from a fresh read. */
async function tokensWith(db: Database, enough: (tokens: SchemaTokens) => boolean): Promise<SchemaTokens> {
  const cached = await schemaTokens(db);
  return enough(cached) ? cached : schemaTokens.fresh(db);
}

/** Nodes sampled per label to infer its caption and identifying keys. */
export const CAPTION_SAMPLE = 200;

export interface LabelInfo {
  name: string;
  count: number;
  /** How a node of this label is named on screen, inferred from its data (schema/captions.ts), and why. */
  caption: { keys: string[]; reason: string } | null;
  /** The caption's first key (kept for clients that read one key). */
  captionKey: string | null;
  properties: { key: string; kind: string }[];
}

export interface Schema {
  labels: LabelInfo[];
  relationshipTypes: { name: string; count: number }[];
  propertyKeys: string[];
}

/** Caption rules and identifying keys of every label that has nodes, from a sample of each. */
export async function loadCaptionRules(db: Database): Promise<CaptionRules> {
  const tokens = await schemaTokens.fresh(db);
  const counts = await readCounts(db, { ...tokens, types: [] });
  const populated = tokens.labels.filter((label) => (counts.labels[label] ?? 0) > 0);
  const samples = await readLabelSamples(db, populated, CAPTION_SAMPLE);
  return inferCaptionRules(samples.map((sample) => ({ ...sample, count: counts.labels[sample.label] ?? sample.nodes.length })));
}

/**
 * The caption rules of a database, memoised like the tokens; reloaded when the number of nodes changes (a cheap
 * count-store read), and at least once a minute (a renamed node keeps the count).
 */
export const captionRules = memoPerDatabase(loadCaptionRules, {
  fingerprint: async (db) => `${(await schemaTokens(db)).labels.join('\u0000')}|${await readNodeTotal(db)}`,
});

export async function readSchema(db: Database): Promise<Schema> {
  const tokens = await schemaTokens.fresh(db);
  const [counts, properties, rules] = await Promise.all([
    readCounts(db, tokens),
    Promise.all(tokens.labels.map((label) => readLabelProperties(db, label))),
    captionRules.fresh(db),
  ]);
  return {
    labels: tokens.labels.map((name, i) => {
      const props = (properties[i] ?? []).map(({ key, kind }) => ({ key, kind }));
      const rule = rules[name]?.caption;
      const caption = rule ? { keys: rule.keys, reason: rule.reason } : null;
      return { name, count: counts.labels[name] ?? 0, caption, captionKey: caption?.keys[0] ?? null, properties: props };
    }),
    relationshipTypes: tokens.types.map((name) => ({ name, count: counts.types[name] ?? 0 })),
    propertyKeys: tokens.propertyKeys,
  };
}

/** Throws UNKNOWN_LABEL unless every label is one the database has. */
export async function assertKnownLabels(db: Database, labels: readonly string[]): Promise<void> {
  if (labels.length === 0) return;
  const { labels: known } = await tokensWith(db, (tokens) => labels.every((label) => tokens.labels.includes(label)));
  const unknown = labels.filter((label) => !known.includes(label));
  if (unknown.length) throw new AppError('UNKNOWN_LABEL', `Unknown label(s): ${unknown.join(', ')}. The database has: ${known.join(', ') || 'no labels'}.`);
}

/** Throws UNKNOWN_RELATIONSHIP_TYPE unless every type is one the database has. */
export async function assertKnownTypes(db: Database, types: readonly string[]): Promise<void> {
  if (types.length === 0) return;
  const { types: known } = await tokensWith(db, (tokens) => types.every((type) => tokens.types.includes(type)));
  const unknown = types.filter((type) => !known.includes(type));
  if (unknown.length) {
    throw new AppError('UNKNOWN_RELATIONSHIP_TYPE', `Unknown relationship type(s): ${unknown.join(', ')}. The database has: ${known.join(', ') || 'no relationship types'}.`);
  }
}
