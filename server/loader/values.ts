// Property values: what a graph file may hold, and how each travels to Neo4j. Neo4j properties are scalars or
// lists of one scalar type (never maps), so an object is only accepted as a typed value: {"$date": "2020-10-09"},
// {"$float": 250000000000}, {"$int": 42}. Integral JSON numbers become integers, others floats; a string property
// named `date` or ending in `_date` in the form YYYY-MM-DD becomes a DATE.
import neo4j from 'neo4j-driver';
import type { FileValue } from './format.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateName(name: string): boolean {
  return name === 'date' || name.endsWith('_date');
}

function checkIsoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return `"${text}" is not a calendar date`;
  return undefined;
}

/** Returns a message when `value` cannot be stored as a Neo4j property, else undefined. */
export function checkValue(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'must be a finite number';
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const kind = typeof value[0];
    if (!['string', 'number', 'boolean'].includes(kind)) return 'a list may hold only strings, numbers or booleans';
    const odd = value.findIndex((item) => typeof item !== kind);
    return odd >= 0 ? `a list must hold one kind of value: item ${odd} is not a ${kind}` : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const [tag, inner] = entries[0] ?? [];
    if (entries.length !== 1 || !['$date', '$float', '$int'].includes(tag ?? '')) {
      return 'an object is not a property value (Neo4j has no map properties): use {"$date": "YYYY-MM-DD"}, {"$float": n} or {"$int": n}, or flatten it';
    }
    if (tag === '$date') return typeof inner === 'string' ? checkIsoDate(inner) : '$date takes a string YYYY-MM-DD';
    if (tag === '$float') return typeof inner === 'number' && Number.isFinite(inner) ? undefined : '$float takes a number';
    if (typeof inner === 'number' && Number.isInteger(inner)) return undefined;
    if (typeof inner === 'string' && /^-?\d{1,19}$/.test(inner)) return undefined;
    return '$int takes an integer (or its decimal digits as a string)';
  }
  return value === null ? 'null is not a value (leave the property out)' : `a ${typeof value} is not a property value`;
}

/** Extra check for date-named string properties, so that a typo is caught instead of stored as text. */
export function checkNamedValue(name: string, value: FileValue): string | undefined {
  if (typeof value === 'string' && isDateName(name) && ISO_DATE.test(value)) return checkIsoDate(value);
  return undefined;
}

function toDate(text: string) {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

function toNumber(value: number): number | bigint {
  return Number.isSafeInteger(value) ? BigInt(value) : value;
}

/** The value handed to neo4j-driver: bigint for integers (the driver sends plain numbers as floats), Date for dates. */
export function toDriverValue(name: string, value: FileValue): unknown {
  if (typeof value === 'number') return toNumber(value);
  if (typeof value === 'string') return isDateName(name) && ISO_DATE.test(value) ? toDate(value) : value;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (value.length > 0 && typeof value[0] === 'number') {
      const numbers = value as number[];
      // One element type per list: all integers, or all floats as soon as one is not integral.
      return numbers.every((n) => Number.isSafeInteger(n)) ? numbers.map((n) => BigInt(n)) : numbers;
    }
    return value;
  }
  if ('$date' in value) return toDate(value.$date);
  if ('$float' in value) return value.$float;
  return BigInt(value.$int);
}

export function toDriverProperties(properties: Record<string, FileValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) out[name] = toDriverValue(name, value);
  return out;
}
