// Schema service: what the database holds, read from the database itself, so the explorer works on any graph.
// Also the gate for names coming from requests: a label or type is used only if the schema has it.
// The tokens (labels, types, property keys) are read on nearly every request, so they are memoised per database
// for a few seconds (db/memo.ts); a name the memo does not list is checked against a fresh read before it is
// refused, so a label created a moment ago is never turned away. The schema endpoint always reads fresh.
import type { Database } from '../db/driver.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { AppError } from '../errors.ts';
import { readCounts, readLabelProperties, readTokens, type SchemaTokens } from './repository.ts';

/** The database's tokens, at most a few seconds old. */
export const schemaTokens = memoPerDatabase(readTokens);

/** Tokens that satisfy `enough`, from the memo if it does, else from a fresh read. */
async function tokensWith(db: Database, enough: (tokens: SchemaTokens) => boolean): Promise<SchemaTokens> {
  const cached = await schemaTokens(db);
  return enough(cached) ? cached : schemaTokens.fresh(db);
}

export interface LabelInfo {
  name: string;
  count: number;
  /** The property that names a node of this label on screen: name, title, or the first text property. */
  captionKey: string | null;
  properties: { key: string; kind: string }[];
}

export interface Schema {
  labels: LabelInfo[];
  relationshipTypes: { name: string; count: number }[];
  propertyKeys: string[];
}

const CAPTION_PREFERENCE = ['name', 'title', 'caption', 'label'];

export function chooseCaptionKey(properties: { key: string; kind: string }[]): string | null {
  const textual = properties.filter((p) => p.kind.startsWith('STRING'));
  for (const preferred of CAPTION_PREFERENCE) if (textual.some((p) => p.key === preferred)) return preferred;
  return textual[0]?.key ?? null;
}

export async function readSchema(db: Database): Promise<Schema> {
  const tokens = await schemaTokens.fresh(db);
  const [counts, properties] = await Promise.all([
    readCounts(db, tokens),
    Promise.all(tokens.labels.map((label) => readLabelProperties(db, label))),
  ]);
  return {
    labels: tokens.labels.map((name, i) => {
      const props = (properties[i] ?? []).map(({ key, kind }) => ({ key, kind }));
      return { name, count: counts.labels[name] ?? 0, captionKey: chooseCaptionKey(props), properties: props };
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
