// The shape of a console query: does it start with EXPLAIN or PROFILE (after an optional CYPHER prefix), the text
// to plan before running it and the text to run. "EXPLAIN " is put at offset 0 of the planned text, where no
// comment, string or name of the person's can swallow it: Neo4j then only plans, whatever the rest holds (the
// pre-parser takes EXPLAIN and CYPHER options in any order; "EXPLAIN EXPLAIN" plans too; "EXPLAIN … PROFILE"
// is refused by Neo4j as conflicting modes). A person's PROFILE is blanked out (spaces, same length) in both
// texts, and the run text starts with "PROFILE " instead: the planned and the run text differ only in their
// first word. Positions Neo4j reports on either text map back to the person's text by one shift.
import type { SourcePosition } from '../contract.ts';
import { significant, tokenize, type Token } from './lexer.ts';

export type QueryMode = 'RUN' | 'EXPLAIN' | 'PROFILE';

export interface StatementShape {
  mode: QueryMode;
  /** The text to plan: "EXPLAIN " + the person's text (its PROFILE blanked out). */
  planText: string;
  /** The text to run once the plan passed: the person's text, or "PROFILE " + it with its PROFILE blanked out. */
  runText: string;
  /** How many characters precede the person's text in planText (and in runText for PROFILE). */
  shift: number;
}

export const EXPLAIN_PREFIX = 'EXPLAIN ';
const PROFILE_PREFIX = 'PROFILE ';

/** Skips `CYPHER [version] [option=value]…` (any number of times) and returns the index of the first token after it. */
function afterCypherPrefix(tokens: readonly Token[]): number {
  let i = 0;
  while (tokens[i]?.kind === 'word' && tokens[i]!.name.toUpperCase() === 'CYPHER') {
    i++;
    if (tokens[i]?.kind === 'number') i++;
    while (tokens[i]?.kind === 'word' && tokens[i + 1]?.text === '=' && tokens[i + 2]) i += 3;
  }
  return i;
}

/** Undefined when the text holds no statement at all (empty, or only comments). */
export function statementShape(text: string, tokens: readonly Token[] = significant(tokenize(text))): StatementShape | undefined {
  if (tokens.length === 0) return undefined;
  const first = tokens[afterCypherPrefix(tokens)];
  const keyword = first?.kind === 'word' ? first.name.toUpperCase() : undefined;
  const shift = EXPLAIN_PREFIX.length;
  if (keyword === 'PROFILE') {
    const body = text.slice(0, first!.start) + ' '.repeat(first!.end - first!.start) + text.slice(first!.end);
    return { mode: 'PROFILE', planText: EXPLAIN_PREFIX + body, runText: PROFILE_PREFIX + body, shift };
  }
  return { mode: keyword === 'EXPLAIN' ? 'EXPLAIN' : 'RUN', planText: EXPLAIN_PREFIX + text, runText: text, shift };
}

/** Line and column (from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const lastNewline = before.lastIndexOf('\n');
  return { offset: clamped, line: before.split('\n').length, column: clamped - lastNewline };
}

/** Maps a position Neo4j reported on `shape.planText` to the same place in the person's `text`. */
export function positionInOriginal(text: string, shape: StatementShape, position: SourcePosition): SourcePosition {
  return positionAt(text, position.offset - shape.shift);
}
