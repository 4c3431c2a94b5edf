// The JSON reader (server/loader/json.ts): agrees with JSON.parse on what it accepts and what it builds, refuses
// duplicate keys, deep nesting and non-UTF-8 bytes with their place, and skips a BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte, JsonTextError, parseJson } from '../../server/loader/json.ts';

function faultOf(run: () => unknown): JsonTextError {
  try {
    run();
  } catch (error) {
    if (error instanceof JsonTextError) return error;
    throw error;
  }
  throw new Error('expected a JsonTextError');
}

describe('parseJson', () => {
  it('builds what JSON.parse builds, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(parseJson(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts exactly what JSON.parse accepts, for texts with one character changed (duplicate keys aside)', () => {
    const alphabet = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', '.', 't', ' ', '\n', '\u0001', 'a', 'u');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.nat(), alphabet, fc.constantFrom('insert', 'replace', 'delete'), (value, at, ch, how) => {
        const text = JSON.stringify(value);
        const p = at % (text.length + 1);
        const mutated = how === 'insert' ? text.slice(0, p) + ch + text.slice(p) : how === 'replace' ? text.slice(0, p) + ch + text.slice(p + 1) : text.slice(0, p) + text.slice(p + 1);
        let expected: unknown;
        let parses = true;
        try {
          expected = JSON.parse(mutated);
        } catch {
          parses = false;
        }
        if (parses) {
          try {
            expect(parseJson(mutated)).toEqual(expected);
          } catch (error) {
            expect(error).toBeInstanceOf(JsonTextError);
            expect((error as JsonTextError).kind).toBe('DUPLICATE_KEY');
          }
        } else expect(['BAD_SYNTAX', 'DUPLICATE_KEY']).toContain(faultOf(() => parseJson(mutated)).kind); // a duplicate may come first
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a key given twice, at the second one', () => {
    const fault = faultOf(() => parseJson('{\n  "a": 1,\n  "b": {"x": 1, "x": 2}\n}'));
    expect(fault.kind).toBe('DUPLICATE_KEY');
    expect(fault.position).toMatchObject({ line: 3, column: 17 });
    expect(faultOf(() => parseJson('{"__proto__": 1, "__proto__": 2}')).kind).toBe('DUPLICATE_KEY');
  });

  it('keeps "__proto__" as an own key, as JSON.parse does, without touching the prototype', () => {
    const value = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('gives syntax errors a line and column', () => {
    const fault = faultOf(() => parseJson('{"nodes": [\n  {"key": "a",}\n]}'));
    expect(fault.kind).toBe('BAD_SYNTAX');
    expect(fault.position).toMatchObject({ line: 2, column: 15 });
  });

  it('refuses nesting deeper than the limit with a fault, not a stack overflow', () => {
    expect(faultOf(() => parseJson('['.repeat(5000) + ']'.repeat(5000))).kind).toBe('TOO_DEEP');
    expect(faultOf(() => parseJson('[[[1]]]', { maxDepth: 2 })).position.column).toBe(3);
    expect(parseJson('[[[1]]]', { maxDepth: 3 })).toEqual([[[1]]]);
  });
});

describe('decodeUtf8', () => {
  it('refuses a byte that is not UTF-8 with its byte offset, line and column', () => {
    const bytes = Buffer.concat([Buffer.from('{"a":\n "é'), Buffer.from([0xff]), Buffer.from('"}')]);
    const fault = faultOf(() => decodeUtf8(bytes));
    expect(fault.kind).toBe('BAD_ENCODING');
    expect(fault.position).toEqual({ offset: 10, line: 2, column: 4 });
  });

  it('skips a leading BOM and keeps offsets counted in the bytes given', () => {
    expect(decodeUtf8(Buffer.from('\ufeff{"a": 1}'))).toBe('{"a": 1}');
    expect(faultOf(() => decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc0, 0x80]))).position.offset).toBe(4);
  });

  it('finds the first bad byte where a strict decoder first fails, for any bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bad = firstInvalidUtf8Byte(bytes);
        const decodes = (upTo: number) => {
          try {
            strict.decode(bytes.subarray(0, upTo));
            return true;
          } catch {
            return false;
          }
        };
        if (bad === -1) expect(decodes(bytes.length)).toBe(true);
        else {
          expect(decodes(bad)).toBe(true);
          expect(decodes(bytes.length)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
