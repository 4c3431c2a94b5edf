// Edit distance with adjacent transpositions (optimal string alignment), stopping early past a bound: "Meitaun"
// is one edit from "Meituan", "Youkou" one from "Youku". Shared by Ask's name linking and search's alias ranking.

// Three rows of the alignment table, reused by every call (the linker compares a question with thousands of
// names per question; allocating rows per comparison was most of its time). Grown when a longer string comes.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The distance between a and b, or `bound + 1` as soon as it is sure to exceed `bound`. */
export function editDistance(a: string, b: string, bound = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > bound) return bound + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[cols - 1]!;
}

/**
 * A 32-bit set of the characters in a string (letters and digits folded onto 32 bits). Each edit adds or removes
 * at most two characters, so two strings whose sets differ in more than 2·k bits are more than k edits apart:
 * a cheap test before the table.
 */
export function characterSet(text: string): number {
  let set = 0;
  for (let i = 0; i < text.length; i++) set |= 1 << (text.charCodeAt(i) & 31);
  return set;
}

/** A lower bound of the edit distance between two strings, from their character sets. */
export function distanceLowerBound(setA: number, setB: number): number {
  let bits = setA ^ setB;
  let count = 0;
  while (bits) {
    bits &= bits - 1;
    count++;
  }
  return Math.ceil(count / 2);
}

/** How many typos a name of this many letters may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}
