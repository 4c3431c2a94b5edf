// Before the first write of a load: what Neo4j would refuse half-way, found with reads only. For every constraint
// of the database that the file's nodes or relationships fall under — uniqueness (a key under another label is
// this case: MERGE on the first label creates a node, and adding a constrained label then fails), node and
// relationship keys, property existence and property types (Enterprise) — the file's values are checked among
// themselves and against the data already there. Each conflict names the item's place in the file.
import type { Database } from '../db/driver.ts';
import { fillQuery, quoteLabel, quoteProperty, quoteType } from './cypherNames.ts';
import { PROPERTY_NAME_PATTERN, SENTENCE_LABEL, type FileValue, type Graph, type ItemProblem } from './format.ts';
import type { SchemaEntry } from './schema.ts';
import { toDriverValue } from './values.ts';

/** Conflicts reported at most (the first ones are enough to fix a file; the count says how many more). */
export const MAX_CONFLICTS = 50;
const ROWS_PER_QUERY = 1000;

const UNIQUE_TYPES = ['UNIQUENESS', 'NODE_KEY', 'RELATIONSHIP_UNIQUENESS', 'RELATIONSHIP_KEY'];
const EXISTENCE_TYPES = ['NODE_PROPERTY_EXISTENCE', 'RELATIONSHIP_PROPERTY_EXISTENCE', 'NODE_KEY', 'RELATIONSHIP_KEY'];
const TYPE_TYPES = ['NODE_PROPERTY_TYPE', 'RELATIONSHIP_PROPERTY_TYPE'];

interface Item {
  kind: 'nodes' | 'relationships';
  index: number;
  properties: Record<string, FileValue>;
}

/** The Cypher type name of a file value, as SHOW CONSTRAINTS writes property types. */
export function cypherTypeOf(value: FileValue): string {
  if (typeof value === 'string') return 'STRING';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'INTEGER' : 'FLOAT';
  if (Array.isArray(value)) {
    const items = value as unknown[];
    const inner = items.length === 0 ? 'STRING' : typeof items[0] === 'string' ? 'STRING' : typeof items[0] === 'boolean' ? 'BOOLEAN' : (items as number[]).every((n) => Number.isSafeInteger(n)) ? 'INTEGER' : 'FLOAT';
    return `LIST<${inner} NOT NULL>`;
  }
  if ('$date' in value) return 'DATE';
  if ('$datetime' in value) return 'ZONED DATETIME';
  if ('$float' in value) return 'FLOAT';
  return 'INTEGER';
}

/** A value's identity for equality as Neo4j's uniqueness sees it (1 and 1.0 are equal; dates by their text). */
function identity(value: FileValue): string {
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'object' && !Array.isArray(value)) {
    if ('$float' in value) return `n:${value.$float}`;
    if ('$int' in value) return `n:${BigInt(value.$int)}`;
    if ('$date' in value) return `d:${value.$date}`;
    return `t:${value.$datetime}`;
  }
  return `${typeof value}:${JSON.stringify(value)}`;
}

const describeSchema = (c: SchemaEntry) => `${c.name}: ${c.entityType === 'NODE' ? `:${c.labelsOrTypes[0]}` : `[:${c.labelsOrTypes[0]}]`}(${c.properties.join(', ')})`;
const show = (properties: string[], values: unknown[]) => properties.map((p, i) => `${p} = ${JSON.stringify(values[i], (_, v) => (typeof v === 'bigint' ? String(v) : v))}`).join(', ');

/** Finds conflicts with the constraints given; reads the database, never writes. */
export async function findConflicts(db: Database, graph: Graph, constraints: readonly SchemaEntry[]): Promise<{ problems: ItemProblem[]; more: number }> {
  const problems: ItemProblem[] = [];
  let more = 0;
  const report = (problem: ItemProblem) => (problems.length < MAX_CONFLICTS ? problems.push(problem) : more++);
  const keyLabel = new Map(graph.nodes.map((node) => [node.key, node.labels[0]!]));

  for (const constraint of constraints) {
    const [name] = constraint.labelsOrTypes;
    if (!name || constraint.properties.length === 0) continue;
    const items: Item[] =
      constraint.entityType === 'NODE'
        ? graph.nodes.flatMap((node, index) => (node.labels.includes(name) ? [{ kind: 'nodes' as const, index, properties: node.properties }] : []))
        : graph.relationships.flatMap((r, index) => (r.type === name ? [{ kind: 'relationships' as const, index, properties: r.key === undefined ? r.properties : { ...r.properties, key: r.key } }] : []));
    if (items.length === 0) continue;
    const field = (property: string) => (property === 'key' && constraint.entityType === 'NODE' ? ['key'] : ['properties', property]);

    if (EXISTENCE_TYPES.includes(constraint.type)) {
      for (const item of items) {
        const missing = constraint.properties.find((p) => item.properties[p] === undefined);
        if (missing) report({ code: 'DATABASE_CONFLICT', item, field: [], message: `the constraint ${describeSchema(constraint)} requires "${missing}", which this item does not have` });
      }
    }
    if (TYPE_TYPES.includes(constraint.type) && constraint.propertyType) {
      const allowed = constraint.propertyType.split('|').map((t) => t.trim().toUpperCase());
      const property = constraint.properties[0]!;
      for (const item of items) {
        const value = item.properties[property];
        if (value !== undefined && !allowed.includes(cypherTypeOf(value))) {
          report({ code: 'DATABASE_CONFLICT', item, field: field(property), message: `the constraint ${describeSchema(constraint)} requires ${constraint.propertyType}; this value is ${cypherTypeOf(value)}` });
        }
      }
    }
    if (!UNIQUE_TYPES.includes(constraint.type) || !constraint.properties.every((p) => PROPERTY_NAME_PATTERN.test(p))) continue;

    // Among the file's own items: two that would hold the same values.
    const withAll = items.filter((item) => constraint.properties.every((p) => item.properties[p] !== undefined));
    const seen = new Map<string, Item>();
    for (const item of withAll) {
      const id = constraint.properties.map((p) => identity(item.properties[p]!)).join('\u0000');
      const first = seen.get(id);
      if (first) report({ code: 'DATABASE_CONFLICT', item, field: field(constraint.properties[0]!), message: `${show(constraint.properties, constraint.properties.map((p) => item.properties[p]))} is also given to ${first.kind}[${first.index}] of the file, and the constraint ${describeSchema(constraint)} allows it once` });
      else seen.set(id, item);
    }

    // Against the database: an existing item with those values that this one does not merge onto.
    const condition = constraint.properties.map((p, i) => `m.${quoteProperty(p)} = row.values[${i}]`).join(' AND ');
    const values = (item: Item) => constraint.properties.map((p) => toDriverValue(p, item.properties[p]!));
    if (constraint.entityType === 'NODE') {
      const byKeyLabel = new Map<string, Item[]>();
      for (const item of withAll) {
        const label = graph.nodes[item.index]!.labels[0]!;
        byKeyLabel.set(label, [...(byKeyLabel.get(label) ?? []), item]);
      }
      for (const [label, group] of byKeyLabel) {
        // The constraint on the very key these nodes merge on: the only node holding that key is their own.
        if (label === name && constraint.properties.length === 1 && constraint.properties[0] === 'key') continue;
        const text = fillQuery('load-node-conflicts', { LABEL: quoteLabel(name), KEY_LABEL: quoteLabel(label), CONDITION: condition });
        for (let i = 0; i < group.length && problems.length < MAX_CONFLICTS; i += ROWS_PER_QUERY) {
          const rows = group.slice(i, i + ROWS_PER_QUERY).map((item) => ({ index: BigInt(item.index), key: graph.nodes[item.index]!.key, values: values(item) }));
          const result = await db.run<{ index: bigint; key: unknown; labels: string[] }>(text, { rows, limit: BigInt(MAX_CONFLICTS) }, 'READ');
          for (const record of result.records) {
            const index = Number(record.get('index'));
            const node = graph.nodes[index]!;
            const item = group.find((g) => g.index === index)!;
            report({
              code: 'DATABASE_CONFLICT',
              item,
              field: field(constraint.properties[0]!),
              message: `the database already has (:${record.get('labels').join(':')} {key: ${JSON.stringify(record.get('key'))}}) with ${show(constraint.properties, constraint.properties.map((p) => item.properties[p]))}, and the constraint ${describeSchema(constraint)} allows it once; this node merges on :${node.labels[0]} {key: ${JSON.stringify(node.key)}}, which is another node`,
            });
          }
        }
      }
    } else {
      const groups = new Map<string, Item[]>();
      const endLabel = (key: string) => keyLabel.get(key) ?? SENTENCE_LABEL;
      for (const item of withAll) {
        const r = graph.relationships[item.index]!;
        const group = `${endLabel(r.start)}\u0000${endLabel(r.end)}`;
        groups.set(group, [...(groups.get(group) ?? []), item]);
      }
      for (const [group, members] of groups) {
        const [start, end] = group.split('\u0000') as [string, string];
        const text = fillQuery('load-relationship-conflicts', { TYPE: quoteType(name), START_LABEL: quoteLabel(start), END_LABEL: quoteLabel(end), CONDITION: condition });
        for (let i = 0; i < members.length && problems.length < MAX_CONFLICTS; i += ROWS_PER_QUERY) {
          const rows = members.slice(i, i + ROWS_PER_QUERY).map((item) => {
            const r = graph.relationships[item.index]!;
            return { index: BigInt(item.index), start: r.start, end: r.end, key: r.key ?? null, values: values(item) };
          });
          const result = await db.run<{ index: bigint; start: unknown; end: unknown }>(text, { rows, limit: BigInt(MAX_CONFLICTS) }, 'READ');
          for (const record of result.records) {
            const item = members.find((m) => m.index === Number(record.get('index')))!;
            report({
              code: 'DATABASE_CONFLICT',
              item,
              field: field(constraint.properties[0]!),
              message: `the database already has a ${name} relationship from ${JSON.stringify(record.get('start'))} to ${JSON.stringify(record.get('end'))} with ${show(constraint.properties, constraint.properties.map((p) => item.properties[p]))}, and the constraint ${describeSchema(constraint)} allows it once`,
            });
          }
        }
      }
    }
  }
  return { problems, more };
}
