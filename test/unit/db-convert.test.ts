// Value conversion (server/db/convert.ts) on the driver's own types: integers at and beyond the safe bounds,
// non-finite floats, temporals, points, nodes, relationships, paths, bytes and nested values.
import { describe, expect, it } from 'vitest';
import neo4j, { Node, Path, PathSegment, Point, Relationship } from 'neo4j-driver';
import { GraphCollector, nodeToJson, relationshipToJson, toJson } from '../../server/db/convert.ts';

const SAFE = 2n ** 53n - 1n;

function node(id: string, labels: string[] = ['Person'], properties: Record<string, unknown> = {}) {
  return new Node(neo4j.int(0), labels, properties, id);
}
function rel(id: string, start: string, end: string, properties: Record<string, unknown> = {}) {
  return new Relationship(neo4j.int(0), neo4j.int(0), neo4j.int(0), 'KNOWS', properties, id, start, end);
}

describe('integers', () => {
  it('keeps ±(2^53−1) as numbers and turns ±2^53 into decimal strings (bigint)', () => {
    expect(toJson(SAFE)).toBe(Number.MAX_SAFE_INTEGER);
    expect(toJson(-SAFE)).toBe(Number.MIN_SAFE_INTEGER);
    expect(toJson(SAFE + 1n)).toBe('9007199254740992');
    expect(toJson(-SAFE - 1n)).toBe('-9007199254740992');
    expect(toJson(0n)).toBe(0);
    expect(toJson(12345678901234567890n)).toBe('12345678901234567890');
  });

  it('does the same for the driver Integer type', () => {
    expect(toJson(neo4j.int(SAFE.toString()))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toJson(neo4j.int((-SAFE).toString()))).toBe(Number.MIN_SAFE_INTEGER);
    expect(toJson(neo4j.int((SAFE + 1n).toString()))).toBe('9007199254740992');
    expect(toJson(neo4j.int((-SAFE - 1n).toString()))).toBe('-9007199254740992');
    expect(toJson(neo4j.int(42))).toBe(42);
  });
});

describe('floats and scalars', () => {
  it('writes NaN and ±Infinity as strings (JSON has no such numbers)', () => {
    expect(toJson(Number.NaN)).toBe('NaN');
    expect(toJson(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(toJson(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });

  it('keeps finite numbers, −0 included, as numbers', () => {
    expect(toJson(1.5)).toBe(1.5);
    expect(Object.is(toJson(-0), -0)).toBe(true);
    expect(toJson(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });

  it('keeps strings and booleans, turns null and undefined into null', () => {
    expect(toJson('')).toBe('');
    expect(toJson('x')).toBe('x');
    expect(toJson(false)).toBe(false);
    expect(toJson(true)).toBe(true);
    expect(toJson(null)).toBeNull();
    expect(toJson(undefined)).toBeNull();
  });

  it('writes other primitives with String()', () => {
    expect(toJson(Symbol.for('s'))).toBe('Symbol(s)');
  });
});

describe('temporals, points and bytes', () => {
  it('writes every temporal type as its ISO-8601 text', () => {
    expect(toJson(new neo4j.types.Date(2024, 2, 29))).toBe('2024-02-29');
    expect(toJson(new neo4j.types.LocalTime(10, 5, 0, 0))).toBe('10:05:00');
    expect(toJson(new neo4j.types.Time(10, 5, 0, 0, 3600))).toBe('10:05:00+01:00');
    expect(toJson(new neo4j.types.LocalDateTime(2024, 1, 2, 3, 4, 5, 0))).toBe('2024-01-02T03:04:05');
    expect(toJson(new neo4j.types.DateTime(2024, 1, 2, 3, 4, 5, 0, 0))).toBe('2024-01-02T03:04:05Z');
    expect(toJson(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
  });

  it('writes 2D and 3D points with a numeric srid', () => {
    expect(toJson(new Point(neo4j.int(7203), 1, 2))).toEqual({ srid: 7203, x: 1, y: 2 });
    expect(toJson(new Point(neo4j.int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
    expect(Object.keys(toJson(new Point(7203, 1, 2)) as object)).toEqual(['srid', 'x', 'y']);
  });

  it('writes bytes as base64', () => {
    expect(toJson(new Uint8Array([1, 2, 255]))).toBe('AQL/');
  });
});

describe('graph values', () => {
  it('converts a node with its properties converted too', () => {
    const value = node('4:a:1', ['Person', 'Actor'], { born: neo4j.int(1964), big: SAFE + 1n, score: Number.NaN });
    expect(toJson(value)).toEqual({ id: '4:a:1', labels: ['Person', 'Actor'], properties: { born: 1964, big: '9007199254740992', score: 'NaN' }, caption: 'Person #1' });
    expect(nodeToJson(value).id).toBe('4:a:1');
  });

  it('converts a relationship to the contract shape', () => {
    const value = rel('5:a:9', '4:a:1', '4:a:2', { since: 2001n });
    const expected = { id: '5:a:9', type: 'KNOWS', start: '4:a:1', end: '4:a:2', properties: { since: 2001 } };
    expect(toJson(value)).toEqual(expected);
    expect(relationshipToJson(value)).toEqual(expected);
  });

  it('converts a path and collects each node and relationship once', () => {
    const a = node('n1');
    const b = node('n2');
    const c = node('n3');
    const ab = rel('r1', 'n1', 'n2');
    const bc = rel('r2', 'n2', 'n3');
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
    const collector = new GraphCollector();
    const out = toJson(path, collector) as { start: { id: string }; end: { id: string }; segments: { start: { id: string }; relationship: { id: string }; end: { id: string } }[]; length: number };
    expect(out.start.id).toBe('n1');
    expect(out.end.id).toBe('n3');
    expect(out.length).toBe(2);
    expect(out.segments.map((s) => [s.start.id, s.relationship.id, s.end.id])).toEqual([
      ['n1', 'r1', 'n2'],
      ['n2', 'r2', 'n3'],
    ]);
    const payload = collector.payload();
    expect(payload.nodes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(payload.relationships.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('keeps the first copy of a node met twice', () => {
    const collector = new GraphCollector();
    toJson([node('n1', ['First']), node('n1', ['Second'])], collector);
    toJson([rel('r1', 'a', 'b', { v: 1n }), rel('r1', 'a', 'b', { v: 2n })], collector);
    expect(collector.payload()).toEqual({
      nodes: [{ id: 'n1', labels: ['First'], properties: {}, caption: 'First #n1' }],
      relationships: [{ id: 'r1', type: 'KNOWS', start: 'a', end: 'b', properties: { v: 1 } }],
    });
  });

  it('collects nodes met inside lists and maps', () => {
    const collector = new GraphCollector();
    const out = toJson({ people: [node('n1')], nested: { who: node('n2'), n: 3n } }, collector);
    expect(out).toEqual({
      people: [{ id: 'n1', labels: ['Person'], properties: {}, caption: 'Person #n1' }],
      nested: { who: { id: 'n2', labels: ['Person'], properties: {}, caption: 'Person #n2' }, n: 3 },
    });
    expect(collector.payload().nodes.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('an empty collector gives an empty payload', () => {
    expect(new GraphCollector().payload()).toEqual({ nodes: [], relationships: [] });
  });
});
