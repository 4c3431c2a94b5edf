// Line numbers for places in a JSON file. JSON.parse gives values without positions, so when (and only when) a
// file has problems, one scan of its text finds the line where each reported path begins.
import { formatPath, type Segment } from './validate.ts';

/** The 1-based line of each wanted path ("nodes[3].key"); paths that do not occur are absent from the map. */
export function linesOfPaths(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 10) line++;
      else if (ch !== 32 && ch !== 9 && ch !== 13) return;
      i++;
    }
  };
  const readString = (): string => {
    const from = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (path: string): void => {
    skipSpace();
    if (wanted.has(path)) found.set(path, line);
    const ch = text[i];
    if (ch === '{') {
      i++;
      for (;;) {
        skipSpace();
        if (text[i] === '}' || i >= text.length) return void i++;
        if (text[i] === ',') {
          i++;
          continue;
        }
        const key = readString();
        skipSpace();
        i++; // ':'
        value(path ? `${path}.${key}` : key);
      }
    }
    if (ch === '[') {
      i++;
      for (let index = 0; ; ) {
        skipSpace();
        if (text[i] === ']' || i >= text.length) return void i++;
        if (text[i] === ',') {
          i++;
          continue;
        }
        value(`${path}[${index++}]`);
      }
    }
    if (ch === '"') return void readString();
    while (i < text.length && !',]}'.includes(text[i]!) && !/\s/.test(text[i]!)) i++;
  };
  value('');
  return found;
}

/** The line of the deepest existing prefix of `path` (a missing field is reported at its parent's line). */
export function lineOf(lines: Map<string, number>, path: Segment[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const line = lines.get(formatPath(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** Every prefix of each path, formatted: what linesOfPaths needs to answer lineOf. */
export function prefixesOf(paths: Segment[][]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) for (let n = 1; n <= path.length; n++) out.add(formatPath(path.slice(0, n)));
  return out;
}

/** Where a JSON.parse error happened, as a line and column. */
export function syntaxErrorPlace(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}
