// The shape of a console query: does it start with EXPLAIN or PROFILE (after an optional CYPHER prefix), and
// what text to EXPLAIN before running it. Positions Neo4j reports on that text map back to the person's text.
import type { SourcePosition } from '../contract.ts';
import { significant, tokenize, type Token } from './lexer.ts';

export type QueryMode = 'RUN' | 'EXPLAIN' | 'PROFILE';

export interface StatementShape {
  mode: QueryMode;
  /** The text to plan first: EXPLAIN inserted, or PROFILE swapped for EXPLAIN (same length). */
  explainText: string;
  /** Where "EXPLAIN " was inserted in the person's text, and how long it is (0: nothing inserted). */
  insertedAt: number;
  insertedLength: number;
}

const EXPLAIN = 'EXPLAIN ';

/** Skips `CYPHER [version] [option=value]…` and returns the index of the first token after it. */
function afterCypherPrefix(tokens: Token[]): number {
  let i = 0;
  if (tokens[i]?.kind !== 'word' || tokens[i]!.name.toUpperCase() !== 'CYPHER') return 0;
  i++;
  if (tokens[i]?.kind === 'number') i++;
  while (tokens[i]?.kind === 'word' && tokens[i + 1]?.text === '=' && tokens[i + 2]) i += 3;
  return i;
}

/** Undefined when the text holds no statement at all (empty, or only comments). */
export function statementShape(text: string): StatementShape | undefined {
  const tokens = significant(tokenize(text));
  if (tokens.length === 0) return undefined;
  const first = tokens[afterCypherPrefix(tokens)];
  const keyword = first?.kind === 'word' ? first.name.toUpperCase() : '';
  if (keyword === 'EXPLAIN') return { mode: 'EXPLAIN', explainText: text, insertedAt: 0, insertedLength: 0 };
  if (keyword === 'PROFILE') {
    const explainText = text.slice(0, first!.start) + 'EXPLAIN' + text.slice(first!.end);
    return { mode: 'PROFILE', explainText, insertedAt: 0, insertedLength: 0 };
  }
  const at = first ? first.start : text.length;
  return { mode: 'RUN', explainText: text.slice(0, at) + EXPLAIN + text.slice(at), insertedAt: at, insertedLength: EXPLAIN.length };
}

/** Line and column (from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const lastNewline = before.lastIndexOf('\n');
  return { offset: clamped, line: before.split('\n').length, column: clamped - lastNewline };
}

/** Maps a position Neo4j reported on `shape.explainText` to the same place in the person's `text`. */
export function positionInOriginal(text: string, shape: StatementShape, position: SourcePosition): SourcePosition {
  let offset = position.offset;
  if (shape.insertedLength > 0 && offset >= shape.insertedAt) {
    offset = Math.max(shape.insertedAt, offset - shape.insertedLength);
  }
  return positionAt(text, offset);
}
