// Differential tests of the console's lexer against Neo4j's own reading of the same text (black-box oracle on the
// real DBMS). Generated texts are `RETURN 0 AS c0` followed by comments, strings, backtick names, nested lists and
// whitespace whose bodies hold everything that could fool a lexer (comment and string openers and closers, quotes,
// backslash escapes, backticks, every line terminator Neo4j honours). The generator knows what each piece is; the
// console's lexer must find the same comment, string and name boundaries, and Neo4j must return exactly the
// columns and values that reading implies (a comment ended too late or a string ended too early changes them).
// The mode Neo4j's pre-parser reads (EXPLAIN, PROFILE or a run, after comments and CYPHER options) must be the
// console's. Each code point of interest is also tried on its own: as the end of a `//` comment, as whitespace and inside a
// name; where the console accepts the character, its reading must be Neo4j's. Texts are RETURNs of literals only.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { refusedCharacter, tokenize, type TokenKind } from '../../server/console/lexer.ts';
import { statementShape } from '../../server/console/statement.ts';
import { mainDatabase } from '../helpers/db.ts';

const db = mainDatabase();

type Reading = { keys: string[]; values: unknown[] } | { error: string };

async function neo4jReading(text: string): Promise<Reading> {
  try {
    const result = await db.run(text, {}, 'READ');
    const record = result.records[0];
    const keys = record ? record.keys.map(String) : [];
    return { keys, values: keys.map((key) => toPlain(record!.get(key))) };
  } catch (error) {
    return { error: String((error as { code?: string }).code ?? error) };
  }
}

const toPlain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(toPlain) : typeof value === 'bigint' ? Number(value) : (value as { toNumber?: () => number })?.toNumber?.() ?? value;

/** One piece of a generated text: its source, the column it adds (if any), and the spans the lexer must find. */
interface Piece {
  source: string;
  column?: { name: string; value: unknown };
  spans: { kind: TokenKind; start: number; end: number }[];
}

// Characters a body may hold. Line ends (\n, \r) are left out of line-comment bodies only; refused characters
// (controls, U+2028…) are left out here, the per-character tests below cover them.
const TRICKY = ['/', '*', '//', '/*', '*/', "'", '"', '`', '\\', ',', ' ', '\t', '\u00a0', '\u3000', 'a', 'Z', '0', '$', '(', ')', '[', ']', '{', '}', 'é', '中', '😀', 'AS', 'RETURN'];
const LINE_ENDS = ['\n', '\r', '\r\n'];
const SPACES = [' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000'];

const body = (extra: string[] = []) => fc.array(fc.constantFrom(...TRICKY, ...extra), { maxLength: 12 }).map((parts) => parts.join(''));

const lineComment = fc.tuple(body(), fc.constantFrom(...LINE_ENDS)).map(([text, end]) => ({ kind: 'line' as const, text, end }));
const blockComment = body([...LINE_ENDS]).map((text) => ({ kind: 'block' as const, text: text.replaceAll('*/', '* /') }));

/** A string literal as a list of parts, each with its source and the characters it stands for. */
const stringPart = (quote: string) =>
  fc.oneof(
    fc.constantFrom(...TRICKY, ...LINE_ENDS).filter((c) => !c.includes(quote) && !c.includes('\\')).map((c) => [c, c] as const),
    fc.constantFrom(
      ['\\n', '\n'], ['\\t', '\t'], ['\\r', '\r'], ['\\b', '\b'], ['\\f', '\f'], ['\\\\', '\\'], ["\\'", "'"], ['\\"', '"'],
      ['\\u0041', 'A'], ['\\u2028', '\u2028'], ['\\/', '\\/'], ['\\x', '\\x'], ['\\`', '\\`'], ['\\*', '\\*'],
    ),
    fc.constant(quote === "'" ? ['"', '"'] as const : ["'", "'"] as const),
  );
const stringLiteral = fc.constantFrom("'", '"').chain((quote) =>
  fc.array(stringPart(quote), { maxLength: 10 }).map((parts) => ({ source: quote + parts.map(([s]) => s).join('') + quote, value: parts.map(([, v]) => v).join('') })),
);
const backtickName = fc.array(fc.constantFrom(...TRICKY, ...LINE_ENDS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

const item = fc.oneof(
  { arbitrary: lineComment, weight: 3 },
  { arbitrary: blockComment, weight: 3 },
  { arbitrary: stringLiteral.map((literal) => ({ kind: 'string' as const, literal })), weight: 3 },
  { arbitrary: backtickName.map((name) => ({ kind: 'name' as const, name })), weight: 2 },
  { arbitrary: fc.tuple(stringLiteral, fc.nat(3)).map(([literal, depth]) => ({ kind: 'nested' as const, literal, depth })), weight: 1 },
  { arbitrary: fc.constantFrom(...SPACES).map((space) => ({ kind: 'space' as const, space })), weight: 2 },
);

type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

/** Builds the text and what it means: the columns Neo4j must return and the spans the lexer must find. */
function build(items: Item[]): { text: string; columns: { name: string; value: unknown }[]; spans: Piece['spans'] } {
  let text = 'RETURN 0 AS c0';
  const columns: { name: string; value: unknown }[] = [{ name: 'c0', value: 0 }];
  const spans: Piece['spans'] = [];
  const add = (source: string, kind?: TokenKind) => {
    if (kind) spans.push({ kind, start: text.length, end: text.length + source.length });
    text += source;
  };
  for (const [i, it] of items.entries()) {
    const name = `c${i + 1}`;
    if (it.kind === 'line') {
      add(' ');
      add('//' + it.text, 'comment');
      add(it.end);
    } else if (it.kind === 'block') {
      add(' ');
      add('/*' + it.text + '*/', 'comment');
      add(' ');
    } else if (it.kind === 'string') {
      add(', ');
      add(it.literal.source, 'string');
      add(` AS ${name}`);
      columns.push({ name, value: it.literal.value });
    } else if (it.kind === 'nested') {
      add(', ' + '['.repeat(it.depth + 1));
      add(it.literal.source, 'string');
      add(']'.repeat(it.depth + 1) + ` AS ${name}`);
      let value: unknown = it.literal.value;
      for (let d = 0; d <= it.depth; d++) value = [value];
      columns.push({ name, value });
    } else if (it.kind === 'name') {
      add(`, ${i + 1} AS `);
      add('`' + it.name.replaceAll('`', '``') + '`', 'quoted');
      columns.push({ name: it.name, value: i + 1 });
    } else {
      add(it.space);
    }
  }
  return { text, columns, spans };
}

describe('the console lexer reads texts as Neo4j does', () => {
  afterAll(async () => {
    await db.close();
  });

  it('agrees with the generator and with Neo4j on comments, strings, escapes, names, nesting and line ends', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), async (items) => {
        const { text, columns, spans } = build(items);
        expect(refusedCharacter(text)).toBe(-1);
        const found = tokenize(text)
          .filter((token) => token.kind === 'comment' || token.kind === 'string' || token.kind === 'quoted')
          .map(({ kind, start, end }) => ({ kind, start, end }));
        expect(found, JSON.stringify(text)).toEqual(spans);
        // Duplicate backtick names make Neo4j refuse the text; the lexer's reading is still checked above.
        if (new Set(columns.map((c) => c.name)).size !== columns.length) return;
        const reading = await neo4jReading(text);
        expect(reading, JSON.stringify(text)).toEqual({ keys: columns.map((c) => c.name), values: columns.map((c) => c.value) });
        checked++;
      }),
      { numRuns: 400, seed: 16 },
    );
    expect(checked).toBeGreaterThan(300);
  });

  it('agrees with Neo4j’s pre-parser on the mode of a text: comments, line ends, CYPHER options, EXPLAIN and PROFILE', async () => {
    const prefixPart = fc.constantFrom('// x\n', '// x\r', '// x\r\n', '/* x */ ', '/* \r */ ', 'CYPHER 5 ', 'CYPHER runtime=slotted ', '\t', '\r\n');
    const mode = fc.constantFrom('', 'EXPLAIN ', 'PROFILE ', 'explain ', 'profile ');
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(prefixPart, { maxLength: 3 }), mode, fc.array(prefixPart, { maxLength: 2 }), async (before, keyword, after) => {
        const text = before.join('') + keyword + after.join('') + 'RETURN 1 AS a';
        const shape = statementShape(text)!;
        const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ' });
        const result = await session.run(text).catch(() => undefined);
        await session.close();
        if (!result) return; // Neo4j refused the text (a CYPHER option given twice): the console would pass its error on
        const neo4jMode = result.summary.profile ? 'PROFILE' : result.summary.plan ? 'EXPLAIN' : 'RUN';
        expect(shape.mode, JSON.stringify(text)).toBe(neo4jMode);
        checked++;
      }),
      { numRuns: 120, seed: 16 },
    );
    expect(checked).toBeGreaterThan(60);
  });

  // Code points where a lexer could differ: all of Latin-1, the Unicode spaces, format characters and separators,
  // the surrogates' neighbours and a few letters, marks, digits and signs from other blocks.
  const CODE_POINTS = [
    ...Array.from({ length: 0x100 }, (_, i) => i).filter((c) => !/[A-Za-z0-9]/.test(String.fromCharCode(c))),
    0x034f, 0x0300, 0x0660, 0x06dd, 0x061c, 0x0e01, 0x1680, 0x180e, 0x16ee, 0x203f, 0x2040,
    ...Array.from({ length: 0x30 }, (_, i) => 0x2000 + i),
    0x205f, 0x2060, 0x2064, 0x20ac, 0x2160, 0x3000, 0x3007, 0xfe33, 0xfeff, 0xff10, 0xff3f, 0xfff9, 0xfffb, 0xfffd, 0x1f600,
  ];

  it.each(['comment end', 'whitespace', 'inside a name'] as const)('agrees with Neo4j, code point by code point, on each character as %s', async (role) => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (const code of CODE_POINTS) {
      const ch = String.fromCodePoint(code);
      const text =
        role === 'comment end' ? `RETURN 1 AS a //x${ch}, 2 AS b` : role === 'whitespace' ? `RETURN 1 AS a${ch}, 2 AS b` : `WITH 1 AS a${ch}b RETURN *`;
      if (refusedCharacter(text) >= 0) continue; // the console refuses it: Neo4j never sees it
      accepted++;
      const predicted = lexerPrediction(role, text);
      const reading = await neo4jReading(text);
      const actual = neo4jMeaning(role, reading);
      if (predicted !== actual) disagreements.push(`U+${code.toString(16).padStart(4, '0')}: lexer ${predicted}, Neo4j ${actual}`);
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });
});

/** What the console's lexer implies about the one-character probe: ended the comment, was a space, or the name. */
function lexerPrediction(role: 'comment end' | 'whitespace' | 'inside a name', text: string): string {
  const tokens = tokenize(text).filter((token) => token.kind !== 'comment');
  const shape = tokens.map((token) => (token.kind === 'word' || token.kind === 'number' ? token.kind : token.text)).join(' ');
  const twoColumns = 'word number word word , number word word';
  // (the whitespace probe puts the character after the first name: `RETURN 1 AS a<ch>, 2 AS b`)
  if (role === 'comment end') return shape === twoColumns ? 'ended' : 'went on';
  if (role === 'whitespace') return shape === twoColumns && tokens[3]!.name === 'a' ? 'space' : 'not a space';
  // WITH 1 AS <name> RETURN *: a single name token is the column's name.
  return shape === 'word number word word word *' ? `name ${tokens[3]!.name}` : 'not one name';
}

/** The same, read from Neo4j's answer. */
function neo4jMeaning(role: 'comment end' | 'whitespace' | 'inside a name', reading: Reading): string {
  const columns = 'keys' in reading ? reading.keys.join(',') : '';
  if (role === 'comment end') return columns === 'a,b' ? 'ended' : 'went on';
  if (role === 'whitespace') return columns === 'a,b' && 'values' in reading && reading.values[1] === 2 ? 'space' : 'not a space';
  return 'keys' in reading && reading.keys.length === 1 ? `name ${reading.keys[0]}` : 'not one name';
}
