// The checks of conflicts.ts that need no query: property existence and property type constraints (Neo4j
// Enterprise; the Community DBMS of the tests cannot have them, so they are checked here on their own), each
// conflict placed at its line and column. Uniqueness, which queries the database, is tested on the real DBMS in
// test/integration/import-conflicts.test.ts.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/driver.ts';
import { cypherTypeOf, findConflicts } from '../../server/loader/conflicts.ts';
import { validateGraphObject } from '../../server/loader/read.ts';
import type { SchemaEntry } from '../../server/loader/schema.ts';

/** These constraints need no query: a database that would fail any use shows that none is made. */
const noDatabase = new Proxy({}, { get: () => () => Promise.reject(new Error('no query expected')) }) as unknown as Database;

const text = JSON.stringify(
  {
    nodes: [
      { key: 'a', labels: ['Person'], properties: { name: 'Ann', born: 1970 } },
      { key: 'b', labels: ['Person'], properties: { born: '1971' } },
      { key: 'c', labels: ['Thing'], properties: {} },
    ],
    relationships: [{ type: 'KNOWS', start: 'a', end: 'b', properties: { since: 2.5 } }],
  },
  null,
  2,
);
const graph = validateGraphObject(JSON.parse(text), 'file.json', text);

const constraint = (entry: Partial<SchemaEntry>): SchemaEntry => ({ name: 'c', type: 'UNIQUENESS', entityType: 'NODE', labelsOrTypes: [], properties: [], ...entry });

describe('conflicts with existence and type constraints', () => {
  it('names a node that lacks a required property, and a value of the wrong type, at their places', async () => {
    const constraints = [
      constraint({ name: 'person_name', type: 'NODE_PROPERTY_EXISTENCE', labelsOrTypes: ['Person'], properties: ['name'] }),
      constraint({ name: 'person_born', type: 'NODE_PROPERTY_TYPE', labelsOrTypes: ['Person'], properties: ['born'], propertyType: 'INTEGER' }),
      constraint({ name: 'knows_since', type: 'RELATIONSHIP_PROPERTY_TYPE', entityType: 'RELATIONSHIP', labelsOrTypes: ['KNOWS'], properties: ['since'], propertyType: 'INTEGER | FLOAT' }),
    ];
    const { problems } = await findConflicts(noDatabase, graph, constraints);
    const placed = graph.sources!.place(problems);
    const lines = text.split('\n');
    const at = (needle: string, from = 0) => {
      const line = lines.findIndex((l, i) => i >= from && l.includes(needle));
      return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
    };
    expect(placed.map((p) => [p.code, p.place.field, p.place.line, p.place.column])).toEqual([
      ['DATABASE_CONFLICT', 'nodes[1]', at('{', lines.findIndex((l) => l.includes('"b"')) - 1).line, at('{', lines.findIndex((l) => l.includes('"b"')) - 1).column],
      ['DATABASE_CONFLICT', 'nodes[1].properties.born', at('"1971"').line, at('"1971"').column],
    ]);
    expect(problems[1]!.message).toContain('requires INTEGER; this value is STRING');
  });

  it('types file values as Neo4j names them', () => {
    expect([1, 1.5, 'x', true, [1, 2], [1.5], ['a'], { $date: '2020-01-01' }, { $datetime: '2020-01-01T00:00Z' }, { $float: 1 }, { $int: '9' }].map((v) => cypherTypeOf(v as never))).toEqual([
      'INTEGER',
      'FLOAT',
      'STRING',
      'BOOLEAN',
      'LIST<INTEGER NOT NULL>',
      'LIST<FLOAT NOT NULL>',
      'LIST<STRING NOT NULL>',
      'DATE',
      'ZONED DATETIME',
      'FLOAT',
      'INTEGER',
    ]);
  });
});
