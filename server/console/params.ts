// Query parameters from JSON → values for the driver. JSON has one kind of number; a person writing
// {"limit": 10} means the Cypher INTEGER 10 (LIMIT refuses 10.0), so whole numbers within ±2^53 travel as
// integers and every other number as a float. {"$int": "digits"} is an exact 64-bit integer and {"$float": n}
// a float, as in the graph file format. Refused with a 400, never sent changed: a whole number beyond ±2^53
// written bare (JSON has already lost its last digits), an integer outside 64 bits, and values nested deeper
// than MAX_PARAM_DEPTH (Neo4j would fail on them with an internal error).
import { AppError } from '../errors.ts';

export const MAX_PARAM_DEPTH = 64;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function outOfRange(path: string, what: string): AppError {
  return new AppError(
    'PARAM_INTEGER_OUT_OF_RANGE',
    `Parameter ${path}: ${what}. Cypher integers are 64-bit (${INT64_MIN} to ${INT64_MAX}); write {"$int": "digits"} for an exact integer or {"$float": n} for a float.`,
  );
}

function exactInteger(tagged: unknown, path: string): bigint {
  const text = typeof tagged === 'number' && Number.isSafeInteger(tagged) ? String(tagged) : typeof tagged === 'string' ? tagged.trim() : '';
  if (!/^-?\d+$/.test(text)) throw new AppError('VALIDATION_FAILED', `Parameter ${path}: $int takes an integer within ±2^53 or its decimal digits as a string.`);
  const value = BigInt(text);
  if (value < INT64_MIN || value > INT64_MAX) throw outOfRange(path, `${text} is outside the 64-bit range`);
  return value;
}

/** The one key of a {"$int": …} or {"$float": …} object, if that is what `value` is. */
function tagOf(value: Record<string, unknown>): '$int' | '$float' | undefined {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === '$int' || keys[0] === '$float') ? keys[0] : undefined;
}

function toCypherValue(value: unknown, path: string, depth: number): unknown {
  if (depth > MAX_PARAM_DEPTH) {
    throw new AppError('PARAMS_TOO_DEEP', `Parameter ${path.split(/[.[]/)[0]} is nested more than ${MAX_PARAM_DEPTH} lists or maps deep; flatten it.`);
  }
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return BigInt(value);
    if (Number.isInteger(value)) throw outOfRange(path, `${value} is a whole number beyond ±2^53, whose last digits JSON has already lost`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => toCypherValue(item, `${path}[${index}]`, depth + 1));
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const tag = tagOf(object);
    if (tag === '$int') return exactInteger(object.$int, path);
    if (tag === '$float') {
      if (typeof object.$float !== 'number') throw new AppError('VALIDATION_FAILED', `Parameter ${path}: $float takes a number.`);
      return object.$float;
    }
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, toCypherValue(item, `${path}.${key}`, depth + 1)]));
  }
  return value;
}

export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, toCypherValue(value, name, 1)]));
}
