// A small stemmer for matching the question's words with the graph's words: "supplies", "supplied", "supply"
// and "supplier" (as an agent noun) meet at "suppli"; "barred" and "bars" at "bar"; "people" is "person".

const IRREGULAR: Record<string, string> = {
  led: 'lead', ran: 'run', took: 'take', taken: 'take', came: 'come', bought: 'buy', held: 'hold', was: 'be', were: 'be', is: 'be',
  are: 'be', am: 'be', been: 'be', did: 'do', does: 'do', done: 'do', has: 'have', had: 'have', knew: 'know', known: 'know',
  wrote: 'write', written: 'write', people: 'person', children: 'child', men: 'man', women: 'woman', won: 'win', grew: 'grow',
  made: 'make', sold: 'sell', said: 'say', went: 'go', gone: 'go', began: 'begin', fought: 'fight', paid: 'pay', met: 'meet',
  lives: 'live', lived: 'live', living: 'live', data: 'data', media: 'media', 'taking': 'take',
};

/** Nouns that look plural but have no inflections: each is its own stem ("news" is not a form of "new"). */
const UNINFLECTED = new Set(['news', 'series']);

/** The stem of a word (lower case in, stem out); the same stem for a word's inflections. */
export function stemOf(word: string): string {
  let w = word.toLowerCase();
  if (UNINFLECTED.has(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** "supplier" → "suppli", "actor" → "act", "owners" → "own": the verb stem an agent noun is made from, if any. */
export function agentStemOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  const match = /^(.{3,}?)(?:er|or|ar)$/.exec(w);
  if (!match) return undefined;
  const base = match[1]!;
  // "supplier" → "suppli"; "producer" → "produc"; "winner" → "win".
  return stemOf(base.endsWith('i') ? base.slice(0, -1) + 'y' : undouble(base));
}

function undouble(stem: string): string {
  return stem.length > 3 && stem.at(-1) === stem.at(-2) && !/[lsz]/.test(stem.at(-1)!) ? stem.slice(0, -1) : stem;
}
