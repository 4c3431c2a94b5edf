// Entity linking: finds the names in a question and the graph entities they may mean. Names and aliases are
// compared on their letters alone ("Pin duoduo" = "Pinduoduo", "JD.com" = "JD com"), Latin and Chinese alike;
// small typos are forgiven by edit distance, a lone surname or title word can stand for a longer name.
import { characterSet, distanceLowerBound, editDistance, typoAllowance } from '../../text/distance.ts';
import { isVocabulary, lemmatize } from './lexicon.ts';
import { compactOf, isHan, tokenize, type Token } from './text.ts';

/** One node that can be named in a question. On a graph without `key`, key is the elementId. */
export interface CatalogEntry {
  id: string;
  key: string;
  name: string;
  labels: string[];
  aliases: string[];
  /** A property that tells it from nodes with the same name ("born 1964"), when the label has one. */
  detail?: string;
}

export type MatchKind = 'exact' | 'fuzzy' | 'partial';

export interface Mention {
  /** Token span, end exclusive. */
  from: number;
  to: number;
  /** Character span in the question, end exclusive, and the text there. */
  start: number;
  end: number;
  text: string;
  match: MatchKind;
  distance: number;
  candidates: CatalogEntry[];
}

interface NameForm {
  compact: string;
  /** characterSet(compact): lets the typo search skip names that cannot be close. */
  characters: number;
  entry: number;
  viaName: boolean;
}

const MAX_GRAM_TOKENS = 10;
const MAX_FUZZY_GRAM_TOKENS = 4;
const MATCH_RANK: Record<MatchKind, number> = { exact: 2, fuzzy: 1, partial: 0 };

export class EntityIndex {
  private readonly exact = new Map<string, NameForm[]>();
  private readonly partial = new Map<string, { entry: number; tokens: number }[]>();
  private readonly byLength = new Map<number, NameForm[]>();
  private readonly maxNameTokens: number;

  constructor(readonly entries: readonly CatalogEntry[]) {
    let maxTokens = 1;
    entries.forEach((entry, index) => {
      const seen = new Set<string>();
      [entry.name, ...entry.aliases].forEach((name, position) => {
        const tokens = tokenize(name);
        const compact = compactOf(tokens);
        if (compact.length < 2 || seen.has(compact)) return;
        seen.add(compact);
        maxTokens = Math.max(maxTokens, tokens.length);
        const form: NameForm = { compact, characters: characterSet(compact), entry: index, viaName: position === 0 };
        push(this.exact, compact, form);
        if (!isHan(compact) && compact.length >= 4) push(this.byLength, compact.length, form);
        const words = tokens.filter((token) => token.kind === 'word');
        if (words.length >= 2 && !isMeasurement(entry)) {
          for (const word of words) {
            if (word.norm.length >= 3 && !/^\d+$/.test(word.norm) && !isVocabulary(lemmatize(word.norm))) {
              const list = this.partial.get(word.norm) ?? [];
              list.push({ entry: index, tokens: words.length });
              this.partial.set(word.norm, list);
            }
          }
        }
      });
    });
    this.maxNameTokens = maxTokens;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The names in a question: non-overlapping, the best-covering reading first. */
  findMentions(question: string, tokens: readonly Token[] = tokenize(question)): Mention[] {
    const found: Mention[] = [];
    const longest = Math.min(MAX_GRAM_TOKENS, this.maxNameTokens + 2);
    for (let from = 0; from < tokens.length; from++) {
      for (let to = Math.min(tokens.length, from + longest); to > from; to--) {
        const gram = tokens.slice(from, to);
        if (gram.at(-1)!.kind === 'possessive') continue; // "Youku's" is read as Youku ("'s-Hertogenbosch" may start with one)
        const mention = this.matchGram(question, gram, from, to);
        if (mention) found.push(mention);
      }
    }
    found.sort((a, b) => score(b) - score(a) || MATCH_RANK[b.match] - MATCH_RANK[a.match] || a.from - b.from);
    const chosen: Mention[] = [];
    for (const mention of found) {
      if (chosen.some((other) => mention.from < other.to && other.from < mention.to)) continue;
      chosen.push(mention);
    }
    return chosen.sort((a, b) => a.from - b.from);
  }

  /** Links a piece of text given on its own (by a translator that found the name itself). */
  resolve(text: string): Mention | undefined {
    const tokens = tokenize(text);
    if (tokens.length === 0) return undefined;
    const whole = this.matchGram(text, tokens, 0, tokens.length);
    if (whole) return whole;
    // "the Alibaba company": one name, and nothing but frame words around it.
    const mentions = this.findMentions(text, tokens);
    const only = mentions.length === 1 ? mentions[0]! : undefined;
    const rest = only ? tokens.filter((_, i) => i < only.from || i >= only.to) : [];
    return only && rest.every((token) => token.kind === 'possessive' || isVocabulary(lemmatize(token.norm))) ? only : undefined;
  }

  /** The entities whose names look most like `text`, for "no entity called …; closest: …". */
  closest(text: string, count = 3): CatalogEntry[] {
    const compact = compactOf(tokenize(text));
    if (!compact) return [];
    const best = new Map<number, number>();
    for (const forms of this.exact.values()) {
      for (const form of forms) {
        const distance = editDistance(compact, form.compact) / Math.max(compact.length, form.compact.length);
        const prefixBonus = form.compact.startsWith(compact.slice(0, 3)) ? 0.1 : 0;
        const value = distance - prefixBonus;
        if (value < (best.get(form.entry) ?? Number.POSITIVE_INFINITY)) best.set(form.entry, value);
      }
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || this.entries[a[0]]!.name.localeCompare(this.entries[b[0]]!.name))
      .slice(0, count)
      .map(([index]) => this.entries[index]!);
  }

  private matchGram(question: string, gram: readonly Token[], from: number, to: number): Mention | undefined {
    const compact = compactOf(gram);
    if (compact.length < 2) return undefined;
    const single = gram.length === 1 ? gram[0]! : undefined;
    const base = { from, to, start: gram[0]!.start, end: gram.at(-1)!.end, text: question.slice(gram[0]!.start, gram.at(-1)!.end) };
    const vocabularyWord = single !== undefined && isVocabulary(lemmatize(single.norm));

    // "Alibaba revenue" is a figure's alias, but "revenue" is also a word of the question: read it as
    // Alibaba + revenue, and let the figures form reach the figure through Alibaba.
    const hasCueWord = gram.some((token) => token.kind !== 'possessive' && isVocabulary(lemmatize(token.norm)));
    const exact = this.exact.get(compact)?.filter((form) => !(hasCueWord && isMeasurement(this.entries[form.entry]!)));
    if (exact?.length && !vocabularyWord) {
      const byName = exact.filter((form) => form.viaName);
      return { ...base, match: 'exact', distance: 0, candidates: this.entriesOf(byName.length ? byName : exact) };
    }
    if (vocabularyWord) return undefined;
    // A whole word of a longer name ("Zhang" in "Zhang Yong") beats a one-typo reading of another name.
    if (single && single.kind === 'word') {
      const partial = this.partial.get(single.norm);
      if (partial) {
        // "Zhang" is Zhang Yong rather than "Zhang Yong takes over from Ma Yun": the shortest names win.
        const fewest = Math.min(...partial.map((item) => item.tokens));
        const entries = [...new Set(partial.filter((item) => item.tokens === fewest).map((item) => item.entry))];
        return { ...base, match: 'partial', distance: 0, candidates: entries.map((index) => this.entries[index]!) };
      }
    }
    const hasHan = gram.some((token) => token.kind === 'han');
    const edgesAreWords = !isVocabulary(lemmatize(gram[0]!.norm)) && !isVocabulary(lemmatize(gram.at(-1)!.norm));
    if (!hasHan && edgesAreWords && gram.length <= MAX_FUZZY_GRAM_TOKENS && !/^\d+$/.test(compact)) {
      const fuzzy = this.fuzzy(compact);
      if (fuzzy) return { ...base, match: 'fuzzy', distance: fuzzy.distance, candidates: this.entriesOf(fuzzy.forms) };
    }
    return undefined;
  }

  private fuzzy(compact: string): { distance: number; forms: NameForm[] } | undefined {
    const allowance = typoAllowance(compact.length);
    if (allowance === 0) return undefined;
    const characters = characterSet(compact);
    let bestDistance = Number.POSITIVE_INFINITY;
    let forms: NameForm[] = [];
    for (let length = compact.length - allowance; length <= compact.length + allowance; length++) {
      for (const form of this.byLength.get(length) ?? []) {
        const limit = Math.min(allowance, typoAllowance(form.compact.length), bestDistance);
        if (distanceLowerBound(characters, form.characters) > limit) continue;
        const distance = editDistance(compact, form.compact, limit);
        if (distance > limit) continue;
        if (distance < bestDistance) {
          bestDistance = distance;
          forms = [form];
        } else {
          forms.push(form);
        }
      }
    }
    return forms.length ? { distance: bestDistance, forms } : undefined;
  }

  private entriesOf(forms: readonly NameForm[]): CatalogEntry[] {
    const indexes = [...new Set(forms.map((form) => form.entry))];
    return indexes.map((index) => this.entries[index]!);
  }
}

/** Figures are named after what they measure; they are reached through their entity, not by loose words. */
function isMeasurement(entry: CatalogEntry): boolean {
  return entry.labels.includes('Figure');
}

/** Letters covered, less three per typo and two for a partial name: the longest faithful reading wins. */
function score(mention: Mention): number {
  const letters = mention.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters - 3 * mention.distance - (mention.match === 'partial' ? 2 : 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
