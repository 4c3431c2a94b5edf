// Schema repository: labels, relationship types and property keys, with counts from Neo4j's count store.
// Counting needs the label or type in the query text: only names that db.labels() / db.relationshipTypes()
// returned are ever put there, escaped with backticks.
import type { Database } from '../db/driver.ts';
import { int } from '../db/driver.ts';

export interface SchemaTokens {
  labels: string[];
  types: string[];
  propertyKeys: string[];
}

export const quoteName = (name: string) => '`' + name.replace(/`/g, '``') + '`';

export async function readTokens(db: Database): Promise<SchemaTokens> {
  const result = await db.read<{ labels: string[]; types: string[]; propertyKeys: string[] }>('schema-tokens');
  const record = result.records[0];
  return {
    labels: [...(record?.get('labels') ?? [])].sort(),
    types: [...(record?.get('types') ?? [])].sort(),
    propertyKeys: [...(record?.get('propertyKeys') ?? [])].sort(),
  };
}

/** Counts per label and per type in one round trip; each count is answered from the count store. */
export async function readCounts(db: Database, tokens: SchemaTokens): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const parts = [
    ...tokens.labels.map((label, i) => `CALL { MATCH (:${quoteName(label)}) RETURN count(*) AS l${i} }`),
    ...tokens.types.map((type, i) => `CALL { MATCH ()-[:${quoteName(type)}]->() RETURN count(*) AS t${i} }`),
  ];
  if (parts.length === 0) return { labels: {}, types: {} };
  const columns = [...tokens.labels.map((_, i) => `l${i}`), ...tokens.types.map((_, i) => `t${i}`)];
  const result = await db.run(`${parts.join('\n')}\nRETURN ${columns.join(', ')}`, {}, 'READ');
  const record = result.records[0];
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  tokens.labels.forEach((label, i) => (labels[label] = Number(record?.get(`l${i}`) ?? 0)));
  tokens.types.forEach((type, i) => (types[type] = Number(record?.get(`t${i}`) ?? 0)));
  return { labels, types };
}

export async function readLabelProperties(db: Database, label: string, sample = 50): Promise<{ key: string; kind: string; seen: number }[]> {
  const result = await db.read<{ key: string; kind: string; seen: bigint }>('schema-label-sample', { label, sample: int(sample) });
  return result.records.map((r) => ({ key: r.get('key'), kind: r.get('kind'), seen: Number(r.get('seen')) }));
}

/** Up to `sample` nodes of each label as plain property maps (texts cut short; other kinds left out). */
export async function readLabelSamples(db: Database, labels: string[], sample: number): Promise<{ label: string; nodes: Record<string, unknown>[] }[]> {
  if (labels.length === 0) return [];
  const result = await db.read<{ label: string; nodes: [string, unknown][][] }>('schema-caption-sample', { labels, sample: int(sample) }, { timeoutMs: 20_000 });
  return result.records.map((r) => ({
    label: r.get('label'),
    nodes: r.get('nodes').map((pairs) => {
      const properties: Record<string, unknown> = {};
      for (const [key, value] of pairs) if (value !== null) properties[key] = typeof value === 'bigint' ? Number(value) : value;
      return properties;
    }),
  }));
}

/** How many nodes the database holds (count store): the caption rules reload when it changes. */
export async function readNodeTotal(db: Database): Promise<number> {
  return Number((await db.read('count-nodes')).records[0]?.get('total') ?? 0);
}
