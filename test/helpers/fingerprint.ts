// A database's fingerprint for "nothing was written" tests: node and relationship counts, nodes per label and
// relationships per type, the label, type and property-key tokens, every index and constraint (name, type,
// schema, state), and optionally a digest of every node's and relationship's labels/type and properties.
// Two fingerprints are compared with toEqual; any write that changes data, tokens or schema shows.
import { createHash } from 'node:crypto';
import type { Database } from '../../server/db/driver.ts';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  labelCounts: Record<string, number>;
  typeCounts: Record<string, number>;
  labels: string[];
  types: string[];
  propertyKeys: string[];
  indexes: string[];
  constraints: string[];
  /** sha256 over every node's labels and properties and every relationship's ends, type and properties. */
  content?: string;
}

const stable = (_: string, value: unknown) =>
  typeof value === 'bigint'
    ? `${value}n`
    : value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value;

async function column<T>(db: Database, text: string, name: string): Promise<T[]> {
  const result = await db.run(text, {}, 'READ');
  return result.records.map((record) => record.get(name) as T);
}

async function counts(db: Database, text: string): Promise<Record<string, number>> {
  const result = await db.run(text, {}, 'READ');
  return Object.fromEntries(result.records.map((r) => [r.get('name') as string, Number(r.get('count'))]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** Reads the fingerprint (read transactions only). `content: true` also digests every value (small graphs). */
export async function graphFingerprint(db: Database, options: { content?: boolean } = {}): Promise<GraphFingerprint> {
  const [nodes] = await column<bigint>(db, 'MATCH (n) RETURN count(n) AS c', 'c');
  const [relationships] = await column<bigint>(db, 'MATCH ()-[r]->() RETURN count(r) AS c', 'c');
  const fingerprint: GraphFingerprint = {
    nodes: Number(nodes),
    relationships: Number(relationships),
    labelCounts: await counts(db, 'MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count'),
    typeCounts: await counts(db, 'MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count'),
    labels: (await column<string>(db, 'CALL db.labels() YIELD label RETURN label', 'label')).sort(),
    types: (await column<string>(db, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'relationshipType')).sort(),
    propertyKeys: (await column<string>(db, 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey', 'propertyKey')).sort(),
    indexes: (
      await column<string>(
        db,
        "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN name + ' ' + type + ' ' + entityType + ' ' + reduce(s = '', x IN coalesce(labelsOrTypes, []) | s + ':' + x) + ' ' + reduce(s = '', x IN coalesce(properties, []) | s + '.' + x) + ' ' + state AS row",
        'row',
      )
    ).sort(),
    constraints: (
      await column<string>(
        db,
        "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name + ' ' + type + ' ' + entityType + ' ' + reduce(s = '', x IN coalesce(labelsOrTypes, []) | s + ':' + x) + ' ' + reduce(s = '', x IN coalesce(properties, []) | s + '.' + x) AS row",
        'row',
      )
    ).sort(),
  };
  if (options.content) {
    const rows = [
      ...(await column<unknown>(db, 'MATCH (n) RETURN [labels(n), properties(n)] AS row', 'row')),
      ...(await column<unknown>(db, 'MATCH (a)-[r]->(b) RETURN [elementId(a), type(r), elementId(b), properties(r)] AS row', 'row')),
    ].map((row) => JSON.stringify(row, stable));
    fingerprint.content = createHash('sha256').update(rows.sort().join('\n')).digest('hex');
  }
  return fingerprint;
}
