// Query parameters from JSON → values for the driver. JSON has one kind of number; a person writing
// {"limit": 10} means the Cypher INTEGER 10 (LIMIT refuses 10.0), so whole numbers within ±2^53 travel as
// integers and every other number as a float. Lists and maps are converted all the way down.

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, toCypherValue(item)]));
  }
  return value;
}

export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return toCypherValue(params) as Record<string, unknown>;
}
