// Property values: what a graph file may hold, and how each travels to Neo4j. Neo4j properties are scalars or
// lists of one scalar type (never maps), so an object is only accepted as a typed value: {"$date": "2020-10-09"},
// {"$datetime": "2020-10-09T08:30:00+08:00"}, {"$float": 250000000000}, {"$int": 42}. Integral JSON numbers become
// integers, others floats; a string property named `date` or ending in `_date` in the form YYYY-MM-DD becomes a
// DATE. Integers are 64-bit in Neo4j: anything outside is refused, never wrapped; a JSON number past 2^53 has
// already lost digits when it is read, so it is refused too, with the way to write it exactly.
import neo4j from 'neo4j-driver';
import type { FileValue } from './format.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date and time of day, optional fraction of a second (up to nanoseconds), optional offset (none means UTC). */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const TYPED_TAGS = ['$date', '$datetime', '$float', '$int'];

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

interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  offsetSeconds: number;
}

function parseDateTime(text: string): DateTimeParts | string {
  const match = ISO_DATETIME.exec(text);
  if (!match) return `"${text}" is not a date and time in the form YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]`;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const dateProblem = checkIsoDate(`${y}-${mo}-${d}`);
  if (dateProblem) return dateProblem;
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return `"${text}" is not a time of day`;
  let offsetSeconds = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMinutes = Number(digits.slice(3, 5));
    if (offsetHours > 18 || offsetMinutes > 59) return `"${text}": the offset ${zone} is out of range`;
    offsetSeconds = (digits[0] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  return { year: Number(y), month: Number(mo), day: Number(d), hour, minute, second, nanosecond: Number((fraction ?? '').padEnd(9, '0')), offsetSeconds };
}

/** Message for an integer that Neo4j cannot hold exactly, else undefined. */
function checkInteger(value: number | string): string | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return undefined;
    return `${value} is past ±2^53, where JSON numbers lose digits: write {"$int": "<digits>"} for an integer or {"$float": n} for a float`;
  }
  if (!/^-?\d{1,25}$/.test(value)) return '$int takes an integer (or its decimal digits as a string)';
  const big = BigInt(value);
  return big < INT64_MIN || big > INT64_MAX ? `${value} is outside Neo4j's 64-bit integers (${INT64_MIN} to ${INT64_MAX})` : undefined;
}

/** Returns a message when `value` cannot be stored as a Neo4j property, else undefined. */
export function checkValue(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return !Number.isFinite(value) ? 'must be a finite number' : Number.isInteger(value) ? checkInteger(value) : undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const kind = typeof value[0];
    if (!['string', 'number', 'boolean'].includes(kind)) return 'a list may hold only strings, numbers or booleans';
    const odd = value.findIndex((item) => typeof item !== kind);
    if (odd >= 0) return `a list must hold one kind of value: item ${odd} is not a ${kind}`;
    const unsafe = kind === 'number' ? value.findIndex((item) => !Number.isFinite(item) || (Number.isInteger(item) && !Number.isSafeInteger(item))) : -1;
    return unsafe >= 0 ? `item ${unsafe}: ${checkValue(value[unsafe])}` : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const [tag, inner] = entries[0] ?? [];
    if (entries.length !== 1 || !TYPED_TAGS.includes(tag ?? '')) {
      return 'an object is not a property value (Neo4j has no map properties): use {"$date": "YYYY-MM-DD"}, {"$datetime": "YYYY-MM-DDTHH:MM:SSZ"}, {"$float": n} or {"$int": n}, or flatten it';
    }
    if (tag === '$date') return typeof inner === 'string' ? checkIsoDate(inner) : '$date takes a string YYYY-MM-DD';
    if (tag === '$datetime') {
      const parsed = typeof inner === 'string' ? parseDateTime(inner) : '$datetime takes a string YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]';
      return typeof parsed === 'string' ? parsed : undefined;
    }
    if (tag === '$float') return typeof inner === 'number' && Number.isFinite(inner) ? undefined : '$float takes a number';
    if ((typeof inner === 'number' && Number.isInteger(inner)) || typeof inner === 'string') return checkInteger(inner);
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
  if ('$datetime' in value) {
    const p = parseDateTime(value.$datetime) as DateTimeParts;
    return new neo4j.types.DateTime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.nanosecond, p.offsetSeconds);
  }
  if ('$float' in value) return value.$float;
  return BigInt(value.$int);
}

export function toDriverProperties(properties: Record<string, FileValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) out[name] = toDriverValue(name, value);
  return out;
}
