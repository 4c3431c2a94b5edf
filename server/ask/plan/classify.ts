// Classification: the question's tokens → items. Times and names first (longest spans), then the longest run of
// words that names a relation or a label in the graph's vocabulary, then single words (numbers, function words,
// fillers, unknown words); a cue followed by "by" is marked passive.
import type { CatalogEntry, EntityIndex } from '../language/linking.ts';
import { isStopWord, lemmatize } from '../language/lexicon.ts';
import { tokenize, type Token } from '../language/text.ts';
import { CONTEXT, FUNCTION, NUMBER_WORDS, TENSE_WORDS } from './functionWords.ts';
import type { Item, RelCue, Use } from './items.ts';
import { findTimes } from './time.ts';
import type { GraphVocabulary, Relation } from './vocabulary.ts';
import { agentStemOf, stemOf } from './words.ts';

// ---- classification ----

export function classify(question: string, index: EntityIndex, vocabulary: GraphVocabulary): Item[] {
  const tokens = tokenize(question);
  const mentions = index.findMentions(question, tokens).filter((m) => m.candidates.length > 0);
  const times = findTimes(question, mentions);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const time = times.find((t) => t.start <= token.start && token.start < t.end);
    if (time) {
      items.push({ k: 'time', text: time.label, start: time.start, end: time.end, range: time });
      while (i < tokens.length && tokens[i]!.start < time.end) i++;
      continue;
    }
    const mention = mentions.find((m) => m.from === i);
    if (mention) {
      items.push({ k: 'ent', text: mention.text, start: mention.start, end: mention.end, candidates: unique(mention.candidates) });
      i = mention.to;
      continue;
    }
    const phrase = longestCue(tokens, i, vocabulary);
    if (phrase) {
      items.push(phrase.item);
      i += phrase.length;
      continue;
    }
    items.push(wordItem(token, vocabulary));
    i++;
  }
  markPassives(items);
  return items;
}

function unique(candidates: CatalogEntry[]): CatalogEntry[] {
  return [...new Map(candidates.map((c) => [c.id, c])).values()];
}

function wordItem(token: Token, vocabulary: GraphVocabulary): Item {
  const base = { text: token.raw, start: token.start, end: token.end };
  if (token.kind === 'possessive') return { ...base, k: 'w', w: "'s", stem: "'s" };
  if (/^\d+$/.test(token.norm)) return { ...base, k: 'num', value: Number(token.norm) };
  if (token.norm in NUMBER_WORDS && !['one'].includes(token.norm)) return { ...base, k: 'num', value: NUMBER_WORDS[token.norm]! };
  const lemma = lemmatize(token.norm);
  const stem = stemOf(token.norm);
  if (token.norm === "n't" || token.norm === 'nt') return { ...base, k: 'w', w: 'not', stem: 'not' };
  if (FUNCTION.has(lemma) || FUNCTION.has(token.norm)) return { ...base, k: 'w', w: FUNCTION.has(lemma) ? lemma : token.norm, stem };
  if (vocabulary.metricStems.has(stem)) return { ...base, k: 'x', stem };
  if ((isStopWord(lemma) && !CONTEXT.has(lemma)) || TENSE_WORDS.has(token.norm)) return { ...base, k: 'w', w: 'filler', stem };
  return { ...base, k: 'x', stem };
}

/** The longest run of tokens from `i` that names a relation or a label. */
function longestCue(tokens: readonly Token[], i: number, vocabulary: GraphVocabulary): { item: Item; length: number } | undefined {
  for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
    const run = tokens.slice(i, i + length);
    if (run.some((t) => t.kind !== 'word')) continue;
    const stems = run.map((t) => stemOf(t.norm));
    const joined = stems.join(' ');
    const rels: RelCue[] = [];
    for (const rel of vocabulary.relations) {
      const uses = usesOf(rel, stems, run);
      for (const use of uses) rels.push({ rel, use });
    }
    const label = vocabulary.labels.find((l) => l.stems.has(joined));
    if (rels.length || label) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      return { item: { k: 'cue', text: run.map((t) => t.raw).join(' '), start, end, stem: joined, rels, label, passive: false }, length };
    }
  }
  return undefined;
}

function usesOf(rel: Relation, stems: string[], run: readonly Token[]): Use[] {
  const uses: Use[] = [];
  const same = (phrases: string[][]) => phrases.some((p) => p.length === stems.length && p.every((s, k) => s === stems[k]));
  if (stems.length === 1) {
    const stem = stems[0]!;
    if (rel.verbs.has(stem)) uses.push('verb');
    const agentStem = agentStemOf(run[0]!.norm);
    if (rel.agentNouns.has(stem) || (agentStem && rel.verbs.has(agentStem) && !rel.verbs.has(stem))) uses.push('agent');
    if (rel.patientNouns.has(stem)) uses.push('patient');
    if (rel.weakPatientNouns.has(stem)) uses.push('weak');
  } else {
    if (same(rel.verbPhrases)) uses.push('verb');
    if (same(rel.agentNounPhrases)) uses.push('agent');
    if (same(rel.patientNounPhrases)) uses.push('patient');
  }
  return uses;
}

/** "owned by", "is investigated by": a verb followed by "by" is passive. */
function markPassives(items: Item[]): void {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.k === 'cue' && next?.k === 'w' && next.w === 'by') item.passive = true;
  });
}
