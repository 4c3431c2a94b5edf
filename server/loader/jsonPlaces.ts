// Places (line and column) in a JSON file that parsed. Values come without positions, so when (and only when) a
// file has problems, one scan of its text finds where each reported path begins.
import { formatPath, type Segment } from './validate.ts';

export interface LineColumn {
  line: number;
  column: number;
}

/** The 1-based line and column of each wanted path ("nodes[3].key"); paths that do not occur are absent. */
export function placesOfPaths(text: string, wanted: ReadonlySet<string>): Map<string, LineColumn> {
  const found = new Map<string, LineColumn>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  const skipSpace = () => {
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 10) (line++, (lineStart = i + 1));
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
    if (wanted.has(path)) found.set(path, { line, column: i - lineStart + 1 });
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

/** The place of the deepest existing prefix of `path` (a missing field is reported at its parent's place). */
export function placeOf(places: Map<string, LineColumn>, path: Segment[]): LineColumn | undefined {
  for (let n = path.length; n > 0; n--) {
    const place = places.get(formatPath(path.slice(0, n)));
    if (place !== undefined) return place;
  }
  return undefined;
}

/** Every prefix of each path, formatted: what linesOfPaths needs to answer lineOf. */
export function prefixesOf(paths: Segment[][]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) for (let n = 1; n <= path.length; n++) out.add(formatPath(path.slice(0, n)));
  return out;
}
