// Question → plan. The question's words are classified against the graph's vocabulary (names, label nouns,
// relation verbs and nouns, time, numbers, function words); a small grammar over them composes sets:
//   NP      := name | label | relation-noun (of|for) NP | NP 's relation-noun | NP 's label
//   clause  := [not] verb [particle] NP-list | be [not] verbed by NP | be NP | do NP [not] verb
//   question:= [how many | who | what | which] [NP] clause ((and | that | also | but) clause)*
//            | (is | does) NP … (yes/no) | when … | … more …, A or B (figures compared)
// Every item the plan uses is marked; what is left is said back to the person as "I could not use …".
import type { CatalogEntry, EntityIndex } from '../language/linking.ts';
import { isStopWord, lemmatize } from '../language/lexicon.ts';
import { tokenize, type Token } from '../language/text.ts';
import { findTimes, type TimeRange } from './time.ts';
import type { Direction, NamedNode, NodeSet, Plan, StepRole } from './types.ts';
import type { GraphVocabulary, LabelNoun, Relation } from './vocabulary.ts';
import { agentStemOf, stemOf } from './words.ts';

type Use = 'verb' | 'agent' | 'patient' | 'weak';
interface RelCue {
  rel: Relation;
  use: Use;
}

type Item =
  | { k: 'ent'; text: string; start: number; end: number; candidates: CatalogEntry[] }
  | { k: 'cue'; text: string; start: number; end: number; stem: string; rels: RelCue[]; label?: LabelNoun; passive: boolean }
  | { k: 'time'; text: string; start: number; end: number; range: TimeRange }
  | { k: 'num'; text: string; start: number; end: number; value: number }
  | { k: 'w'; text: string; start: number; end: number; w: string; stem: string }
  | { k: 'x'; text: string; start: number; end: number; stem: string };

export interface PlanReading {
  plan: Plan;
  /** Parts of the question the plan does not use, as typed. */
  unused: string[];
  /** Parts it does use, as typed, in order. */
  understood: string[];
  /** Word stems an 'about' set tries against its answers' text. */
  aboutWords: string[];
}

export type ReadResult = { reading: PlanReading } | { ambiguous: { text: string; start: number; end: number; candidates: CatalogEntry[] } } | undefined;

/** Function words the grammar reads; any other stop word is filler. */
const FUNCTION = new Set([
  'who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'how', 'many', 'much', 'number', 'count', 'most', 'least', 'fewest', 'more',
  'less', 'fewer', 'than', 'both', 'either', 'and', 'or', 'not', 'no', 'never', 'nor', 'without', 'except', 'excluding', 'besides', 'other',
  'also', 'that', 'be', 'do', 'have', 'can', 'of', "'s", 'by', 'with', 'from', 'in', 'at', 'on', 'to', 'for', 'during', 'there', 'but',
  'still', 'now', 'currently', 'as', 'exist', 'all', 'any', 'among', 'higher', 'lower', 'bigger', 'larger', 'greater', 'smaller', 'top',
  'happen', 'occur', 'event', 'take', 'place', 'go', 'ever', 'over', 'before', 'after', 'since', 'same', 'also', 'one', 'two', 'three',
  'only', 'just', 'into', 'under', 'single', 'several', 'multiple',
]);
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, single: 1 };
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'except', 'excluding', 'besides', 'nor']);
const PARTICLES = new Set(['with', 'in', 'to', 'from', 'at', 'on', 'of', 'for', 'by', 'into', 'over', 'under', 'among']);
const CONNECTORS = new Set(['and', 'that', 'which', 'who', 'also', 'but', 'whom']);
const MORE = new Set(['more', 'higher', 'bigger', 'larger', 'greater']);
const LESS = new Set(['less', 'fewer', 'lower', 'smaller']);
const EVENT_WORDS = new Set(['happen', 'occur', 'event']);
/** Words that only frame a question ("in the graph", "e-commerce" as context) when nothing else uses them. */
const CONTEXT = new Set(['e', 'commerce', 'ecommerce', 'online', 'market', 'arena', 'field', 'sector', 'industry', 'space', 'player', 'business', 'graph', 'database', 'data', 'article']);
/** Words that only set the tense ("the former CEO"): read by the reader, no part of a noun phrase. */
const TENSE_WORDS = new Set(['former', 'formerly', 'previous', 'previously', 'ex', 'earlier', 'once', 'used', 'original', 'old', 'past']);
const AUX = new Set(['be', 'do', 'have', 'can']);

export function readPlan(question: string, index: EntityIndex, vocabulary: GraphVocabulary): ReadResult {
  const items = classify(question, index, vocabulary);
  if (!items.length) return undefined;
  const ambiguous = items.find((item): item is Extract<Item, { k: 'ent' }> => item.k === 'ent' && item.candidates.length > 1);
  const reader = new Reader(items, vocabulary);
  let plan: Plan | undefined;
  try {
    plan = reader.question();
  } catch (error) {
    if (error instanceof NoParse) return undefined;
    throw error;
  }
  if (!plan) return undefined;
  if (ambiguous && reader.used.has(items.indexOf(ambiguous))) return { ambiguous };
  return { reading: reader.result(plan, question) };
}

class NoParse extends Error {}

// ---- classification ----

function classify(question: string, index: EntityIndex, vocabulary: GraphVocabulary): Item[] {
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

// ---- grammar ----

/** Where a relation's answers lie, seen from the named side. */
function towardAgent(rel: Relation): Direction {
  if (rel.symmetric) return 'both';
  return rel.activeFromEnd ? 'out' : 'in';
}
function towardPatient(rel: Relation): Direction {
  if (rel.symmetric) return 'both';
  return rel.activeFromEnd ? 'in' : 'out';
}

class Reader {
  pos = 0;
  readonly used = new Set<number>();
  /** Word stems handed to an 'about' set: used if its answers' text holds them. */
  aboutWords: string[] = [];
  private other = false;
  private bareNoun: Extract<Item, { k: 'cue' }> | undefined;
  /** The subject of the last "do NP verb" clause: "did Tom Hanks act in and also direct" shares it. */
  private lastSubject: NodeSet | undefined;
  /** "former", "previous", "used to", "was": relations in the past (LED) before present ones (LEADS). */
  private readonly past: boolean;

  constructor(
    readonly items: Item[],
    readonly vocabulary: GraphVocabulary,
  ) {
    // Fillers are used by definition.
    items.forEach((item, i) => item.k === 'w' && item.w === 'filler' && this.used.add(i));
    this.past = items.some((item) => /^(former|formerly|previous|previously|ex|earlier|once|used|was|were|before)$/i.test(item.text));
  }

  private nounCues(item: Extract<Item, { k: 'cue' }>): RelCue[] {
    const strong = item.rels.filter((r) => r.use === 'agent' || r.use === 'patient');
    return this.byTense(strong.length ? strong : item.rels.filter((r) => r.use === 'weak'));
  }

  private byTense(cues: RelCue[]): RelCue[] {
    return [...cues].sort((a, b) => Number(a.rel.past !== this.past) - Number(b.rel.past !== this.past));
  }

  /** "X's owner", "rivals of X": the nodes in the noun's role, seen from X. */
  private nounStep(from: NodeSet, item: Extract<Item, { k: 'cue' }>): NodeSet {
    const cues = this.nounCues(item);
    const cue = cues[0]!;
    const direction = cue.use === 'agent' ? towardAgent(cue.rel) : towardPatient(cue.rel);
    const set: NodeSet = { kind: 'step', from, types: sameReading(cues), direction, words: item.text, role: 'noun' };
    // "ByteDance's products": what it owns, of the Product label when the graph has one.
    return cue.use === 'weak' && item.label ? { kind: 'and', sets: [set, { kind: 'label', label: item.label.label, noun: item.text }] } : set;
  }

  result(plan: Plan, question: string): PlanReading {
    const unused: string[] = [];
    const understood: string[] = [];
    let run: Item[] = [];
    const flush = () => {
      if (!run.length) return;
      // A run of context words alone frames the question; with a content word it is said back whole.
      const meaningful = run.some((item) => item.k === 'x' && !CONTEXT.has(lemmatize(item.text.toLowerCase())) ? true : item.k !== 'x' && item.k !== 'w');
      if (meaningful) unused.push(question.slice(run[0]!.start, run.at(-1)!.end));
      run = [];
    };
    this.items.forEach((item, i) => {
      const spare = !this.used.has(i) && !(item.k === 'w' && (item.w === 'filler' || FUNCTION.has(item.w)));
      if (spare) run.push(item);
      else {
        if (this.used.has(i) && item.k !== 'w') understood.push(item.text);
        if (!(item.k === 'w' && run.length && ['of', 'in', 'for', 'on', 'at'].includes(item.w))) flush();
      }
    });
    flush();
    return { plan, unused, understood, aboutWords: this.aboutWords };
  }

  private peek(offset = 0): Item | undefined {
    return this.items[this.pos + offset];
  }
  private isWord(item: Item | undefined, ...words: string[]): boolean {
    return item?.k === 'w' && words.includes(item.w);
  }
  /** Skips fillers at the cursor. */
  private skip(): void {
    while (this.pos < this.items.length && this.isWord(this.items[this.pos], 'filler')) this.pos++;
  }
  private word(...words: string[]): boolean {
    this.skip();
    if (this.isWord(this.peek(), ...words)) {
      this.used.add(this.pos++);
      return true;
    }
    return false;
  }
  private at(...words: string[]): boolean {
    this.skip();
    return this.isWord(this.peek(), ...words);
  }
  private mark<T>(state: { pos: number; used: Set<number> }, fn: () => T | undefined): T | undefined {
    const result = fn();
    if (result === undefined) {
      this.pos = state.pos;
      this.used.clear();
      for (const i of state.used) this.used.add(i);
    }
    return result;
  }
  private save() {
    return { pos: this.pos, used: new Set(this.used) };
  }

  // NP := name | relation-noun (of NP) | label (of NP)? ('s noun)*
  nounPhrase(): NodeSet | undefined {
    const state = this.save();
    return this.mark(state, () => {
      this.word('all', 'any', 'other');
      let set = this.base();
      if (!set) return undefined;
      for (;;) {
        const save = this.save();
        if (!this.word("'s")) break;
        this.skip();
        const item = this.peek();
        if (item?.k === 'cue' && this.nounCues(item).length) {
          this.used.add(this.pos++);
          set = this.nounStep(set, item);
        } else if (item?.k === 'cue' && item.label) {
          this.used.add(this.pos++);
          set = { kind: 'and', sets: [{ kind: 'label', label: item.label.label, noun: item.text }, anyStep(set, item.text)] };
        } else {
          this.pos = save.pos;
          this.used.delete(save.pos);
          break;
        }
      }
      return set;
    });
  }

  private base(): NodeSet | undefined {
    this.skip();
    const item = this.peek();
    if (!item) return undefined;
    if (item.k === 'ent') {
      this.used.add(this.pos++);
      return { kind: 'entity', node: named(item) };
    }
    if (item.k !== 'cue') return undefined;
    const nouns = this.nounCues(item);
    if (nouns.length && !item.passive) {
      const save = this.save();
      this.used.add(this.pos++);
      if (this.word('of', 'for', 'to', 'at', 'in', 'on', 'from')) {
        const inner = this.nounPhrase();
        if (inner) return this.nounStep(inner, item);
        this.pos = save.pos;
        this.used.clear();
        for (const i of save.used) this.used.add(i);
      } else if (!item.label && !(item.rels.some((r) => r.use === 'verb') && this.verbFollows())) {
        // "who are the owners?": every node in that role; "how many rivals does X have" names X later.
        this.bareNoun = item;
        return this.nounStep({ kind: 'any' }, item);
      } else {
        this.pos = save.pos;
        this.used.delete(save.pos);
      }
    }
    if (item.label) {
      this.used.add(this.pos++);
      const set: NodeSet = { kind: 'label', label: item.label.label, noun: item.text };
      // "the movies Tom Hanks acted in": a label, a name and a verb with no object make a relative clause.
      const relative = this.reducedRelative();
      if (relative) return { kind: 'and', sets: [set, relative] };
      // "the company Alibaba": a label before a name only says what the name is.
      this.skip();
      const next = this.peek();
      if (next?.k === 'ent') {
        this.used.add(this.pos++);
        return { kind: 'entity', node: named(next) };
      }
      // "products of ByteDance": the label's nodes tied to it by any relationship.
      const save = this.save();
      if (this.word('of', 'from', 'by')) {
        const inner = this.nounPhrase();
        if (inner) return { kind: 'and', sets: [set, anyStep(inner, item.text)] };
        this.pos = save.pos;
        this.used.clear();
        for (const i of save.used) this.used.add(i);
      }
      return set;
    }
    return undefined;
  }

  /** After a word that is verb and noun: a particle, a name or "both" makes it the verb ("competes with"). */
  private verbFollows(): boolean {
    let i = this.pos;
    while (this.isWord(this.items[i], 'filler')) i++;
    const next = this.items[i];
    return next?.k === 'ent' || (next?.k === 'w' && (PARTICLES.has(next.w) || next.w === 'both' || next.w === 'either'));
  }

  /** "(that) Tom Hanks acted in": a subject and its verb, the object being the noun before. */
  private reducedRelative(): NodeSet | undefined {
    const save = this.save();
    this.word('that', 'which', 'whom');
    this.skip();
    if (this.peek()?.k !== 'ent') return this.restore(save);
    const subject = this.base();
    const verb = subject && this.verbCue();
    if (!subject || !verb || verb.item.passive) return this.restore(save);
    this.used.add(this.pos++);
    this.word(...PARTICLES);
    this.skip();
    const after = this.peek();
    if (after?.k === 'ent' || (after?.k === 'cue' && after.label)) return this.restore(save);
    this.lastSubject = subject;
    return step(subject, verb.cue.rel, towardPatient(verb.cue.rel), verb.types);
  }

  private restore(save: { pos: number; used: Set<number> }): undefined {
    this.pos = save.pos;
    this.used.clear();
    for (const i of save.used) this.used.add(i);
    return undefined;
  }

  /** NP (and|or NP)*: "both A and B" → every one; "A or B" → any one. */
  private nounList(): { sets: NodeSet[]; any: boolean } | undefined {
    this.word('both', 'either');
    const first = this.nounPhrase();
    if (!first) return undefined;
    const sets = [first];
    let any = false;
    for (;;) {
      const save = this.save();
      const joiner = this.word('and') ? 'and' : this.word('or', 'nor') ? 'or' : undefined;
      if (!joiner) break;
      const next = this.nounPhrase();
      // "and also partner with …": the "and" starts another clause, not another name.
      if (!next) {
        this.pos = save.pos;
        this.used.clear();
        for (const i of save.used) this.used.add(i);
        break;
      }
      if (joiner === 'or') any = true;
      sets.push(next);
    }
    return { sets, any };
  }

  private verbCue(): { item: Extract<Item, { k: 'cue' }>; cue: RelCue; types: string[] } | undefined {
    this.skip();
    const item = this.peek();
    if (item?.k !== 'cue') return undefined;
    const cues = this.byTense(item.rels.filter((r) => r.use === 'verb'));
    return cues[0] ? { item, cue: cues[0], types: sameReading(cues) } : undefined;
  }

  /** One constraint on the asked nodes; `negated` sets go to "minus". */
  clause(): { set: NodeSet; negated: boolean } | undefined {
    const state = this.save();
    return this.mark(state, () => {
      let negated = this.word(...NEGATIONS);
      // "do NP verb": the asked nodes are the verb's objects.
      if (this.at('do')) {
        const save = this.save();
        this.word('do');
        const subject = this.nounPhrase();
        if (subject) {
          negated = this.word(...NEGATIONS) || negated;
          const verb = this.verbCue();
          if (verb) {
            this.used.add(this.pos++);
            this.word(...PARTICLES);
            this.lastSubject = subject;
            return { set: step(subject, verb.cue.rel, towardPatient(verb.cue.rel), verb.types), negated };
          }
          if (this.word('have')) return { set: anyStep(subject, 'what it has'), negated };
        }
        this.pos = save.pos;
        this.used.clear();
        for (const i of save.used) this.used.add(i);
      }
      const be = this.word('be');
      negated = this.word(...NEGATIONS) || negated;
      if (be) this.word('still', 'now', 'currently');
      const candidate = this.verbCue();
      // "the head of Alibaba": a word that is verb and noun, followed by "of", is the noun.
      const verb = candidate && this.isWord(this.peek(1), 'of') && this.nounCues(candidate.item).length ? undefined : candidate;
      if (verb) {
        this.used.add(this.pos++);
        if (verb.item.passive || (be && participle(verb.item) && !verb.cue.rel.symmetric)) {
          // "is owned by X": the asked nodes are the objects of X's verb.
          if (!this.word('by') && !verb.item.passive) this.word(...PARTICLES);
          const agents = this.nounList();
          if (!agents) return undefined;
          return { set: combine(agents, (s) => step(s, verb.cue.rel, towardPatient(verb.cue.rel), verb.types)), negated };
        }
        this.word(...PARTICLES);
        const objects = this.nounList();
        // "… and also direct": the verb shares the subject of the clause before.
        if (!objects && this.lastSubject) return { set: step(this.lastSubject, verb.cue.rel, towardPatient(verb.cue.rel), verb.types), negated };
        if (!objects) return undefined;
        return { set: combine(objects, (s) => step(s, verb.cue.rel, towardAgent(verb.cue.rel), verb.types)), negated };
      }
      if (be || negated) {
        // "is a partner of Kuaishou", "are not owned by …" handled above.
        const phrase = this.nounList();
        if (phrase) return { set: combine(phrase, (s) => s), negated };
      }
      return undefined;
    });
  }

  /** The clauses after the head, joined by and / that / also / but. */
  private clauses(): { sets: NodeSet[]; minus: NodeSet[] } {
    const sets: NodeSet[] = [];
    const minus: NodeSet[] = [];
    for (;;) {
      const before = this.save();
      while (this.word(...CONNECTORS));
      let clause = this.clause();
      // "companies headquartered in Hangzhou compete with JD": words it cannot read are left unused, and the
      // clause after them is still read.
      if (!clause) {
        const skipFrom = this.pos;
        while (this.peek()?.k === 'x' || (this.peek()?.k === 'w' && PARTICLES.has((this.peek() as { w: string }).w)) || this.isWord(this.peek(), 'filler')) this.pos++;
        clause = this.pos > skipFrom && this.items.slice(skipFrom, this.pos).some((item) => item.k === 'x') ? this.clause() : undefined;
      }
      if (!clause) {
        this.pos = before.pos;
        this.used.clear();
        for (const i of before.used) this.used.add(i);
        break;
      }
      (clause.negated ? minus : sets).push(clause.set);
      const save = this.save();
      let joined = false;
      while (this.word(...CONNECTORS)) joined = true;
      if (!joined && !this.at(...NEGATIONS)) {
        this.pos = save.pos;
        break;
      }
    }
    return { sets, minus };
  }

  question(): Plan | undefined {
    this.skip();
    const compare = this.compare();
    if (compare) return compare;
    if (this.at('when')) return this.when();
    if (this.at(...AUX) && !this.isWord(this.peek(1), 'there')) return this.yesNo();
    let counting = false;
    if (this.word('how')) {
      if (!this.word('many', 'much')) return undefined;
      counting = true;
    } else if (this.word('number', 'count')) {
      this.word('of');
      counting = true;
    }
    this.word('who', 'whom', 'what', 'which', 'where');
    this.other = this.word('other');
    // "what happened in June 2020": events.
    if (this.at('happen', 'occur', 'event') || (this.at('take') && this.isWord(this.peek(1), 'place'))) {
      this.word('happen', 'occur', 'event', 'take');
      this.word('place');
      return this.finish(counting, this.eventSet(), [], []);
    }
    const headSave = this.save();
    let head = this.nounPhrase();
    // A noun with nothing after it that still needs its other side: "how many competitors does Youku have".
    const pendingNoun = head?.kind === 'step' && head.from.kind === 'any' ? this.bareNoun : undefined;
    void headSave;
    // "which company has the most rivals", "who has more than one owner".
    const most = this.superlative(head ?? { kind: 'any' });
    if (most) return most;
    if (pendingNoun) {
      const save = this.save();
      if (this.word('do')) {
        const subject = this.nounPhrase();
        if (subject && (this.word('have') || this.verbCue())) {
          const verb = this.verbCue();
          if (verb) this.used.add(this.pos++);
          this.word(...PARTICLES);
          head = this.nounStep(subject, pendingNoun);
        } else {
          this.pos = save.pos;
          this.used.clear();
          for (const i of save.used) this.used.add(i);
        }
      }
    }
    if (head?.kind === 'label' || head?.kind === 'any' || !head) {
      // "how many crimes are there", "which people exist"
      const save = this.save();
      const be = this.word('be');
      if (!this.word('there') && !this.word('exist') && be) {
        this.pos = save.pos;
        this.used.delete(save.pos);
      }
    }
    const { sets, minus } = this.clauses();
    if (!head && !sets.length) return undefined;
    const all = head ? [head, ...sets] : sets;
    return this.finish(counting, all.length === 1 ? all[0]! : { kind: 'and', sets: all }, minus, []);
  }

  /** Time filters, "other", negations: the finishing touches of a list or count. */
  private finish(counting: boolean, set: NodeSet, minus: NodeSet[], _extra: NodeSet[]): Plan {
    let result = set;
    if (this.other) {
      const named = this.namedNodes().map((node): NodeSet => ({ kind: 'entity', node }));
      if (named.length) minus = [...minus, ...named];
    }
    for (const m of minus) result = { kind: 'minus', set: result, minus: m };
    result = this.during(result);
    return counting ? { kind: 'count', set: result } : { kind: 'list', set: result };
  }

  private during(set: NodeSet): NodeSet {
    let result = set;
    this.items.forEach((item, i) => {
      if (item.k === 'time' && !this.used.has(i)) {
        this.used.add(i);
        const before = this.items[i - 1];
        if (before?.k === 'w' && ['in', 'during', 'on', 'at', 'over'].includes(before.w)) this.used.add(i - 1);
        result = { kind: 'during', set: result, time: item.range };
      }
    });
    return result;
  }

  private namedNodes(): NamedNode[] {
    return this.items.flatMap((item, i) => (item.k === 'ent' && this.used.has(i) ? [named(item)] : []));
  }

  private eventSet(): NodeSet {
    const event = this.vocabulary.labels.find((l) => l.label === 'Event');
    const base: NodeSet = event ? { kind: 'label', label: 'Event', noun: 'events' } : { kind: 'any' };
    const involved = this.word('to', 'with', 'at', 'in', 'for') ? this.nounPhrase() : undefined;
    return involved ? { kind: 'and', sets: [base, anyStep(involved, 'events')] } : base;
  }

  private superlative(candidates: NodeSet): Plan | undefined {
    const state = this.save();
    return this.mark(state, () => {
      this.word('be');
      const hasVerb = this.word('have');
      const verb = hasVerb ? undefined : this.verbCue();
      if (verb) this.used.add(this.pos++);
      this.word(...PARTICLES);
      this.word('the');
      if (this.word('more')) {
        // "more than one owner", "more than 2 rivals"
        if (!this.word('than')) return undefined;
        this.skip();
        const n = this.peek();
        if (!n || (n.k !== 'num' && !this.isWord(n, 'one'))) return undefined;
        const min = n.k === 'num' ? n.value : 1;
        this.used.add(this.pos++);
        const noun = this.relationNoun() ?? (verb ? { rel: verb.cue.rel, use: 'verb' as Use, text: verb.item.text } : undefined);
        if (!noun) return undefined;
        const set: NodeSet = { kind: 'degree', set: candidates, types: [noun.rel.type], direction: flipFor(noun), min, words: noun.text };
        return { kind: 'list', set: this.during(set) };
      }
      const order = this.word('most') ? 'most' : this.word('least', 'fewest') ? 'fewest' : undefined;
      if (!order) return undefined;
      const noun = this.relationNoun() ?? (verb ? { rel: verb.cue.rel, use: 'verb' as Use, text: verb.item.text } : undefined);
      if (!noun) return undefined;
      // "supplies the most products": only neighbours of that label count.
      this.skip();
      const next = this.peek();
      let counted: string | undefined;
      let words = noun.text;
      if (noun.use === 'verb' && next?.k === 'cue' && next.label) {
        this.used.add(this.pos++);
        counted = next.label.label;
        words = `${next.text} (${noun.rel.phrase})`;
      }
      return { kind: 'most', set: this.during(candidates), types: [noun.rel.type], direction: flipFor(noun), order, words, ...(counted ? { counted } : {}) };
    });
  }

  private relationNoun(): { rel: Relation; use: Use; text: string } | undefined {
    this.skip();
    const item = this.peek();
    if (item?.k !== 'cue') return undefined;
    const cue = this.nounCues(item)[0];
    if (!cue) return undefined;
    this.used.add(this.pos++);
    return { rel: cue.rel, use: cue.use, text: item.text };
  }

  private yesNo(): Plan | undefined {
    const state = this.save();
    return this.mark(state, () => {
      const aux = this.peek() as Extract<Item, { k: 'w' }>;
      this.used.add(this.pos++);
      const subjects = this.nounList();
      if (!subjects) return undefined;
      const subject = subjects.sets[0]!;
      if (aux.w === 'do' || aux.w === 'can') {
        // "does A own B", "do A and B compete"
        this.word(...NEGATIONS);
        const verb = this.verbCue();
        if (!verb) return undefined;
        this.used.add(this.pos++);
        this.word(...PARTICLES);
        if (subjects.sets.length === 2 && verb.cue.rel.symmetric) {
          const [a, b] = subjects.sets;
          if (a!.kind !== 'entity') return undefined;
          return { kind: 'check', node: a!.node, set: step(b!, verb.cue.rel, 'both', verb.types) };
        }
        const object = this.nounPhrase();
        if (!object || object.kind !== 'entity') return undefined;
        return { kind: 'check', node: object.node, set: this.during(step(subject, verb.cue.rel, towardPatient(verb.cue.rel), verb.types)) };
      }
      if (aux.w !== 'be') return undefined;
      this.word('still', 'now', 'currently');
      const negated = this.word(...NEGATIONS);
      void negated;
      const verb = this.verbCue();
      if (verb && (verb.item.passive || (participle(verb.item) && !verb.cue.rel.symmetric))) {
        // "is Youku owned by Alibaba"
        if (subject.kind !== 'entity') return undefined;
        this.used.add(this.pos++);
        this.word('by');
        const agent = this.nounPhrase();
        if (!agent) return undefined;
        return { kind: 'check', node: subject.node, set: step(agent, verb.cue.rel, towardPatient(verb.cue.rel), verb.types) };
      }
      // "are A and B rivals", "is A a rival of B", "is Ma Yun still the head of Alibaba"
      if (subjects.sets.length === 2) {
        const noun = this.relationNoun();
        const [a, b] = subjects.sets;
        if (!noun || a!.kind !== 'entity') return undefined;
        return { kind: 'check', node: a!.node, set: step(b!, noun.rel, 'both', [noun.rel.type]) };
      }
      if (subject.kind !== 'entity') return undefined;
      const phrase = this.nounPhrase();
      if (!phrase) return undefined;
      return { kind: 'check', node: subject.node, set: this.during(phrase) };
    });
  }

  /** "when did …": the dated nodes tied to the names, closest to the question's other words. */
  private when(): Plan | undefined {
    this.word('when');
    const nodes: NamedNode[] = [];
    const words: string[] = [];
    this.items.forEach((item, i) => {
      if (this.used.has(i)) return;
      if (item.k === 'ent') {
        if (item.candidates.length !== 1) return;
        nodes.push(named(item));
        this.used.add(i);
      } else if (item.k === 'x' || item.k === 'cue') {
        if (item.stem.length >= 3) words.push(...item.stem.split(' '));
      } else if (item.k === 'w' && item.w !== 'filler' && !AUX.has(item.w)) {
        if (['take', 'place', 'happen', 'occur', 'event'].includes(item.w)) this.used.add(i);
      }
    });
    if (!nodes.length) return undefined;
    this.aboutWords = words;
    const event = this.vocabulary.labels.find((l) => l.label === 'Event');
    return { kind: 'when', set: { kind: 'about', nodes, label: event?.label, words } };
  }

  /** "who added more new buyers in Q4 2019, Pinduoduo or Alibaba?" */
  private compare(): Plan | undefined {
    const n = this.items.length;
    let end = n;
    while (end > 0 && this.isWord(this.items[end - 1], 'filler')) end--;
    const last = this.items[end - 1];
    const or = this.items[end - 2];
    const first = this.items[end - 3];
    if (last?.k !== 'ent' || !this.isWord(or, 'or') || first?.k !== 'ent') return undefined;
    const moreAt = this.items.findIndex((item) => item.k === 'w' && (MORE.has(item.w) || LESS.has(item.w) || item.w === 'most'));
    if (moreAt < 0) return undefined;
    const metric: string[] = [];
    const metricAt: number[] = [];
    this.items.forEach((item, i) => {
      if (i >= end - 3) return;
      const stem = item.k === 'x' || item.k === 'w' || item.k === 'cue' ? item.stem : '';
      if (stem && this.vocabulary.metricStems.has(stem) && !(item.k === 'w' && FUNCTION.has(item.w))) {
        metric.push(stem);
        metricAt.push(i);
      }
    });
    if (!metric.length) return undefined;
    for (const i of [moreAt, end - 1, end - 2, end - 3, ...metricAt]) this.used.add(i);
    this.items.forEach((item, i) => {
      if (item.k === 'w' && ['who', 'which', 'what', 'than', 'the'].includes(item.w)) this.used.add(i);
      // "added", "reported": the verb of a reported figure.
      if (item.k === 'cue' && item.rels.some((r) => r.use === 'verb' && /REPORT|MEASURE/.test(r.rel.type))) this.used.add(i);
    });
    const time = this.items.findIndex((item, i) => item.k === 'time' && !this.used.has(i));
    let range: TimeRange | undefined;
    if (time >= 0) {
      this.used.add(time);
      if (this.isWord(this.items[time - 1], 'in', 'during', 'for')) this.used.add(time - 1);
      range = (this.items[time] as Extract<Item, { k: 'time' }>).range;
    }
    const word = (this.items[moreAt] as Extract<Item, { k: 'w' }>).w;
    return { kind: 'compare', nodes: [named(first), named(last)], metric, time: range, order: LESS.has(word) ? 'less' : 'more' };
  }
}

function named(item: Extract<Item, { k: 'ent' }>): NamedNode {
  const entry = item.candidates[0]!;
  return { id: entry.id, name: entry.name };
}

const PARTICIPLES = new Set(['led', 'run', 'held', 'bought', 'known', 'sold', 'made', 'taken', 'done', 'written', 'won', 'paid', 'met']);

/** "owned", "led", "investigated": a verb as a passive participle. */
function participle(item: Extract<Item, { k: 'cue' }>): boolean {
  const last = item.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return item.passive || last.endsWith('ed') || PARTICIPLES.has(last);
}

function flipFor(noun: { rel: Relation; use: Use }): Direction {
  // "which company has the most rivals/owners/subsidiaries": counted from the candidate's side.
  if (noun.rel.symmetric) return 'both';
  if (noun.use === 'agent') return towardAgent(noun.rel);
  return towardPatient(noun.rel);
}

/**
 * The types a word names in one reading: the first cue's, and any other type the same word names in the same
 * tense, role and way ("reported" is REPORTED and REPORTED_ON), so a step goes over all of them.
 */
function sameReading(cues: readonly RelCue[]): string[] {
  const first = cues[0]!;
  const alike = cues.filter((c) => c.use === first.use && c.rel.past === first.rel.past && c.rel.symmetric === first.rel.symmetric && c.rel.activeFromEnd === first.rel.activeFromEnd);
  return [...new Set(alike.map((c) => c.rel.type))];
}

/** A step named by a verb: its words are the relation's own ("owns", "competes with", "investigated by"). */
function step(from: NodeSet, rel: Relation, direction: Direction, types: string[] = [rel.type], role: StepRole = verbRole(rel, direction)): NodeSet {
  return { kind: 'step', from, types, direction, words: rel.phrase, role };
}

function verbRole(rel: Relation, direction: Direction): StepRole {
  if (direction === 'both') return 'agent';
  return direction === towardAgent(rel) ? 'agent' : 'patient';
}

function anyStep(from: NodeSet, words: string): NodeSet {
  return { kind: 'step', from, types: [], direction: 'both', words, role: 'any' };
}

function combine(list: { sets: NodeSet[]; any: boolean }, map: (set: NodeSet) => NodeSet): NodeSet {
  const sets = list.sets.map(map);
  if (sets.length === 1) return sets[0]!;
  return list.any ? { kind: 'or', sets } : { kind: 'and', sets };
}
