// The one JSON reader of the project, for graph files and for every JSON request body: strict UTF-8 (a byte that
// is not UTF-8 is refused with its byte offset, never turned into U+FFFD), a leading BOM skipped, and JSON as
// RFC 8259 with two refusals JSON.parse does not make: a key given twice in one object (JSON.parse silently keeps
// the last) and nesting deeper than a limit (so a hostile body is a 400, not a stack overflow). Every refusal
// carries its place: offset, line and column (1-based, columns in characters).
import { isUtf8 } from 'node:buffer';

export type JsonFaultKind = 'BAD_ENCODING' | 'BAD_SYNTAX' | 'DUPLICATE_KEY' | 'TOO_DEEP';

export interface TextPosition {
  line: number;
  column: number;
  /** Characters (UTF-16 units) from the start of the text; for BAD_ENCODING, bytes from the start of the data. */
  offset: number;
}

export class JsonTextError extends Error {
  constructor(
    readonly kind: JsonFaultKind,
    readonly position: TextPosition,
    readonly detail: string,
  ) {
    super(`${detail} (line ${position.line}, column ${position.column})`);
    this.name = 'JsonTextError';
  }
}

/** Line and column (1-based) of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b === 0xe0) (need = 2), (min = 0xa0);
    else if (b === 0xed) (need = 2), (min = 0x80), (max = 0x9f); // no UTF-16 surrogates
    else if (b >= 0xe1 && b <= 0xef) (need = 2), (min = 0x80);
    else if (b === 0xf0) (need = 3), (min = 0x90);
    else if (b >= 0xf1 && b <= 0xf3) (need = 3), (min = 0x80);
    else if (b === 0xf4) (need = 3), (min = 0x80), (max = 0x8f);
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 bytes, skipping one leading BOM; throws JsonTextError BAD_ENCODING at the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): string {
  const start = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8Byte(body);
    const prefix = Buffer.from(body.buffer, body.byteOffset, bad).toString('utf8');
    const { line, column } = positionAt(prefix, prefix.length);
    const hex = body[bad]!.toString(16).padStart(2, '0');
    throw new JsonTextError('BAD_ENCODING', { line, column, offset: start + bad }, `not UTF-8: byte 0x${hex} at byte offset ${start + bad}`);
  }
  return Buffer.from(body.buffer, body.byteOffset, body.length).toString('utf8');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export interface ParseOptions {
  /** Deepest nesting of objects and arrays accepted (default 256). */
  maxDepth?: number;
}

/** Parses JSON text like JSON.parse (no reviver), refusing duplicate keys and deep nesting; throws JsonTextError. */
export function parseJson(text: string, options: ParseOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? 256;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (kind: JsonFaultKind, at: number, detail: string): never => {
    throw new JsonTextError(kind, positionAt(text, at), detail);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the text' : `${JSON.stringify(text[at])}`);
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const string = (): string => {
    const open = i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (Number.isNaN(c)) fail('BAD_SYNTAX', open, 'a string is not closed');
      if (c < 32) fail('BAD_SYNTAX', i, 'a control character must be escaped inside a string');
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    i++;
    if (!escaped) return text.slice(open + 1, i - 1);
    try {
      return JSON.parse(text.slice(open, i)) as string;
    } catch {
      const bad = text.slice(open, i).search(/\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4}))/);
      return fail('BAD_SYNTAX', open + Math.max(0, bad), 'a bad escape in a string');
    }
  };
  const value = (depth: number): unknown => {
    space();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (depth >= maxDepth) fail('TOO_DEEP', i, `nested deeper than ${maxDepth} levels`);
      return c === 123 ? object(depth + 1) : array(depth + 1);
    }
    if (c === 34) return string();
    if (c === 116 && text.startsWith('true', i)) return (i += 4), true;
    if (c === 102 && text.startsWith('false', i)) return (i += 5), false;
    if (c === 110 && text.startsWith('null', i)) return (i += 4), null;
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) return fail('BAD_SYNTAX', i, `unexpected ${describe(i)}`);
    i += match[0].length;
    return Number(match[0]);
  };
  const object = (depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    space();
    if (text.charCodeAt(i) === 125) return i++, out;
    for (;;) {
      space();
      if (text.charCodeAt(i) !== 34) fail('BAD_SYNTAX', i, `expected a key in quotes, found ${describe(i)}`);
      const keyAt = i;
      const key = string();
      if (Object.hasOwn(out, key)) fail('DUPLICATE_KEY', keyAt, `the key ${JSON.stringify(key)} is given twice in one object`);
      space();
      if (text.charCodeAt(i) !== 58) fail('BAD_SYNTAX', i, `expected ":" after a key, found ${describe(i)}`);
      i++;
      const item = value(depth);
      if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
      space();
      const next = text.charCodeAt(i);
      if (next === 44) i++;
      else if (next === 125) return i++, out;
      else fail('BAD_SYNTAX', i, `expected "," or "}" in an object, found ${describe(i)}`);
    }
  };
  const array = (depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    space();
    if (text.charCodeAt(i) === 93) return i++, out;
    for (;;) {
      out.push(value(depth));
      space();
      const next = text.charCodeAt(i);
      if (next === 44) i++;
      else if (next === 93) return i++, out;
      else fail('BAD_SYNTAX', i, `expected "," or "]" in a list, found ${describe(i)}`);
    }
  };
  const result = value(0);
  space();
  if (i < text.length) fail('BAD_SYNTAX', i, `unexpected ${describe(i)} after the end of the JSON value`);
  return result;
}
