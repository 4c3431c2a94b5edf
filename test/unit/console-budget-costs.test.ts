// What each value costs the answer budget (server/console/budget.ts), exactly, and where each cut starts: a
// string costs its kept length + 3, a scalar 24, a temporal, point or driver Integer 48, a list 2 + its items, a
// byte array its base64 length + 3, a map entry its key + 4, a node 64 + its labels and a relationship 128 + its
// type, then their properties. Values at a limit are kept whole; the budget is spent once `spent` reaches `bytes`.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BudgetMeter } from '../../server/console/budget.ts';

const { Date: CypherDate, DateTime, Duration, LocalDateTime, LocalTime, Node, Path, PathSegment, Point, Relationship, Time } = neo4j.types;
const roomy = { bytes: 1_000_000, listItems: 3, stringChars: 4 };

/** What `value` adds to a fresh roomy meter's `spent`. */
function costOf(value: unknown): number {
  const meter = new BudgetMeter(roomy);
  meter.cut(value);
  return meter.spent;
}

describe('the cost of each value', () => {
  it('charges a string its kept length + 3, and a scalar 24', () => {
    expect(costOf('abc')).toBe(3 + 3);
    expect(costOf('abcdefgh')).toBe(4 + 3);
    for (const scalar of [7, 0.5, true, false, null, undefined, 5n]) expect(costOf(scalar), String(scalar)).toBe(24);
  });

  it('charges a list 2 plus its kept items, and a map each key + 4 plus its value', () => {
    expect(costOf([])).toBe(2);
    expect(costOf(['a', 1])).toBe(2 + (1 + 3) + 24);
    expect(costOf([1, 2, 3, 4, 5])).toBe(2 + 3 * 24);
    expect(costOf({})).toBe(0);
    expect(costOf({ ab: 'x', c: 1 })).toBe(2 + 4 + (1 + 3) + (1 + 4) + 24);
  });

  it('charges a byte array its base64 length, rounded up, + 3', () => {
    expect(costOf(new Uint8Array(2))).toBe(Math.ceil(8 / 3) + 3);
    expect(costOf(new Uint8Array(3))).toBe(4 + 3);
    expect(costOf(new Uint8Array(100))).toBe(Math.ceil(16 / 3) + 3);
  });

  it('charges a node 64 + its labels, a relationship 128 + its type, each with its properties', () => {
    expect(costOf(new Node(1n, ['A', 'BC'], { k: 'v' }, 'n1'))).toBe(64 + 3 + (1 + 4) + (1 + 3));
    expect(costOf(new Relationship(2n, 1n, 1n, 'KNOWS', { weight: 1 }, 'r1', 'n1', 'n1'))).toBe(128 + 5 + (6 + 4) + 24);
  });

  it('charges a path its start, then each relationship and end node, and nothing for itself', () => {
    const a = new Node(1n, ['A'], {}, 'a');
    const b = new Node(2n, ['B'], {}, 'b');
    const c = new Node(3n, ['C'], {}, 'c');
    const ab = new Relationship(4n, 1n, 2n, 'R', {}, 'ab', 'a', 'b');
    const bc = new Relationship(5n, 2n, 3n, 'S', {}, 'bc', 'b', 'c');
    expect(costOf(new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]))).toBe(3 * (64 + 1) + 2 * (128 + 1));
  });
});

describe('values kept as they are', () => {
  it.each([
    ['an Integer', neo4j.int(5)],
    ['a point', new Point(neo4j.int(7203), 1, 2)],
    ['a date', new CypherDate(2020, 1, 2)],
    ['a date-time', new DateTime(2020, 1, 2, 3, 4, 5, 0, 0)],
    ['a local date-time', new LocalDateTime(2020, 1, 2, 3, 4, 5, 0)],
    ['a local time', new LocalTime(1, 2, 3, 0)],
    ['a time', new Time(1, 2, 3, 0, 3600)],
    ['a duration', new Duration(1, 2, 3, 4)],
  ])('returns %s itself, at 48 bytes', (_, value) => {
    const meter = new BudgetMeter(roomy);
    expect(meter.cut(value)).toBe(value);
    expect(meter.spent).toBe(48);
    expect(meter.cuts).toBe(0);
  });

  it('returns a map as a new map of cut values, leaving the original alone', () => {
    const value = { name: 'abcdefgh', list: [1, 2, 3, 4] };
    expect(new BudgetMeter(roomy).cut(value)).toEqual({ name: 'abcd', list: [1, 2, 3] });
    expect(value).toEqual({ name: 'abcdefgh', list: [1, 2, 3, 4] });
  });
});

describe('the limits', () => {
  it('keeps a string, list or byte array exactly at its limit whole, and cuts one item or character more', () => {
    const meter = new BudgetMeter(roomy);
    expect(meter.cut('abcd')).toBe('abcd');
    expect(meter.cut([1, 2, 3])).toEqual([1, 2, 3]);
    expect(meter.cut(new Uint8Array([1, 2, 3, 4]))).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(meter.cuts).toBe(0);
    expect(meter.cut('abcde')).toBe('abcd');
    expect(meter.cut([1, 2, 3, 4])).toEqual([1, 2, 3]);
    expect(meter.cut(new Uint8Array([1, 2, 3, 4, 5]))).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(meter.cuts).toBe(3);
  });

  it('cuts the properties of a path’s start node, relationships and end nodes in place', () => {
    const a = new Node(1n, ['A'], { name: 'abcdefgh' }, 'a');
    const b = new Node(2n, ['B'], { name: 'ijklmnop' }, 'b');
    const ab = new Relationship(3n, 1n, 2n, 'R', { note: 'qrstuvwx' }, 'ab', 'a', 'b');
    const meter = new BudgetMeter(roomy);
    meter.cut(new Path(a, b, [new PathSegment(a, ab, b)]));
    expect([a.properties, ab.properties, b.properties]).toEqual([{ name: 'abcd' }, { note: 'qrst' }, { name: 'ijkl' }]);
    expect(meter.cuts).toBe(3);
  });

  it('is spent when `spent` reaches `bytes` exactly, not only past it', () => {
    const meter = new BudgetMeter({ ...roomy, bytes: 6 });
    expect(meter.cut('abc')).toBe('abc');
    expect(meter.spent).toBe(6);
    expect(meter.exhausted).toBe(true);
    expect(meter.cut('x')).toBeNull();
  });

  it('once spent, charges 4 per value and counts a cut for each value but null and undefined', () => {
    const meter = new BudgetMeter({ ...roomy, bytes: 1 });
    meter.cut(1);
    expect([meter.spent, meter.cuts]).toEqual([24, 0]);
    expect(meter.cut(null)).toBeNull();
    expect(meter.cut(undefined)).toBeNull();
    expect([meter.spent, meter.cuts]).toEqual([24 + 8, 0]);
    expect(meter.cut(0)).toBeNull();
    expect(meter.cut('')).toBeNull();
    expect([meter.spent, meter.cuts]).toEqual([24 + 16, 2]);
  });
});
