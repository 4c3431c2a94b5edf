// Property values: what is accepted, and what neo4j-driver receives (integers as bigint, floats as numbers,
// dates as Neo4j dates).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { checkNamedValue, checkValue, toDriverValue } from '../../server/loader/values.ts';

describe('property values', () => {
  it('accepts scalars, lists of one kind and typed values; refuses maps, mixed lists and bad dates', () => {
    for (const ok of ['x', 1, 1.5, true, ['a', 'b'], [1, 2.5], [], { $date: '2020-10-09' }, { $float: 3 }, { $int: '9007199254740993' }]) expect(checkValue(ok)).toBeUndefined();
    expect(checkValue({ a: 1 })).toMatch(/no map properties/);
    expect(checkValue([1, 'a'])).toMatch(/one kind/);
    expect(checkValue([[1]])).toMatch(/only strings/);
    expect(checkValue({ $date: '2020-02-30' })).toMatch(/not a calendar date/);
    expect(checkValue({ $int: 1.5 })).toMatch(/integer/);
    expect(checkNamedValue('date', '2021-13-01')).toMatch(/not a calendar date/);
    expect(checkNamedValue('title', '2021-13-01')).toBeUndefined();
  });

  it('sends integers as bigint, floats as numbers, dates as Neo4j dates', () => {
    expect(toDriverValue('count', 3)).toBe(3n);
    expect(toDriverValue('share_pct', 86.7)).toBe(86.7);
    expect(toDriverValue('value', { $float: 250e9 })).toBe(250e9);
    expect(toDriverValue('big', { $int: '9007199254740993' })).toBe(9007199254740993n);
    expect(toDriverValue('years', [1, 2])).toEqual([1n, 2n]);
    expect(toDriverValue('mixed', [1, 2.5])).toEqual([1, 2.5]);
    const date = toDriverValue('date', '2020-10-09');
    expect(neo4j.isDate(date as object)).toBe(true);
    expect(String(date)).toBe('2020-10-09');
    expect(String(toDriverValue('anything', { $date: '2019-09-10' }))).toBe('2019-09-10');
    expect(toDriverValue('title', '2020-10-09')).toBe('2020-10-09');
  });

  it('refuses integers Neo4j cannot hold exactly, never wraps them', () => {
    for (const ok of [{ $int: '9223372036854775807' }, { $int: '-9223372036854775808' }, { $int: 42 }, Number.MAX_SAFE_INTEGER, [1, 2]]) expect(checkValue(ok)).toBeUndefined();
    for (const bad of [{ $int: '9999999999999999999' }, { $int: '9223372036854775808' }, { $int: '-9223372036854775809' }, { $int: '1'.repeat(30) }, { $int: 2 ** 60 }, 2 ** 60, [1, 2 ** 60]]) {
      expect(checkValue(bad)).toMatch(/64-bit|2\^53|integer/);
    }
    expect(toDriverValue('edge', { $int: '-9223372036854775808' })).toBe(-(2n ** 63n));
  });

  it('reads $datetime with an offset, Z, or none (UTC), to the nanosecond; refuses impossible ones', () => {
    const at = toDriverValue('at', { $datetime: '2020-10-09T08:30:15.123456789+08:00' });
    expect(neo4j.isDateTime(at as object)).toBe(true);
    expect(String(at)).toBe('2020-10-09T08:30:15.123456789+08:00');
    expect(String(toDriverValue('at', { $datetime: '2020-10-09 08:30' }))).toBe('2020-10-09T08:30:00Z');
    expect(String(toDriverValue('at', { $datetime: '2020-10-09T08:30:00Z' }))).toBe('2020-10-09T08:30:00Z');
    for (const bad of ['2020-02-30T00:00', '2020-10-09T24:00', '2020-10-09T08:30+19:00', '2020-10-09', 'yesterday']) expect(checkValue({ $datetime: bad })).toBeDefined();
  });
});
