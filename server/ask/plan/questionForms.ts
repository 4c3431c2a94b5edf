// The question forms other than a list or a count: superlatives and thresholds ("the most rivals", "more than one
// owner"), yes/no ("does A own B", "is A owned by B", "are A and B rivals"), "when did …" and figures compared
// ("who added more new buyers in Q4 2019, A or B?").
import { ClauseReader } from './clauses.ts';
import { FUNCTION, LESS, MORE, NEGATIONS, PARTICLES } from './functionWords.ts';
import { named, type Item, type Use } from './items.ts';
import { flipFor, participle, step, towardPatient } from './setBuilders.ts';
import type { TimeRange } from './time.ts';
import type { NamedNode, NodeSet, Plan } from './types.ts';
import type { Relation } from './vocabulary.ts';

export class QuestionFormReader extends ClauseReader {
  protected superlative(candidates: NodeSet): Plan | undefined {
    const state = this.save();
    return this.mark(state, () => {
      this.word('be');
      const hasVerb = this.word('have');
      const verb = hasVerb ? undefined : this.verbCue();
      if (verb) this.used.add(this.pos++);
      this.word(...PARTICLES);
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

  protected relationNoun(): { rel: Relation; use: Use; text: string } | undefined {
    this.skip();
    const item = this.peek();
    if (item?.k !== 'cue') return undefined;
    const cue = this.nounCues(item)[0];
    if (!cue) return undefined;
    this.used.add(this.pos++);
    return { rel: cue.rel, use: cue.use, text: item.text };
  }

  protected yesNo(): Plan | undefined {
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

  /**
   * "when did …": the dated nodes tied to the names, closest to the question's other words. Function words ("when",
   * "take place", "happen") are not marked: a function word is never said back, used or not (accounting.ts).
   */
  protected when(): Plan | undefined {
    const nodes: NamedNode[] = [];
    const words: string[] = [];
    this.items.forEach((item, i) => {
      if (item.k === 'ent') {
        if (item.candidates.length !== 1) return;
        nodes.push(named(item));
        this.used.add(i);
      } else if (item.k === 'x' || item.k === 'cue') {
        if (item.stem.length >= 3) words.push(...item.stem.split(' '));
      }
    });
    if (!nodes.length) return undefined;
    this.aboutWords = words;
    const event = this.vocabulary.labels.find((l) => l.label === 'Event');
    return { kind: 'when', set: { kind: 'about', nodes, label: event?.label, words } };
  }

  /** "who added more new buyers in Q4 2019, Pinduoduo or Alibaba?" */
  protected compare(): Plan | undefined {
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
    // The two names and the metric's words; the function words ("more", "or", "who", "in" before the period) are
    // not marked: a function word is never said back, used or not (accounting.ts).
    for (const i of [end - 1, end - 3, ...metricAt]) this.used.add(i);
    this.items.forEach((item, i) => {
      // "added", "reported": the verb of a reported figure.
      if (item.k === 'cue' && item.rels.some((r) => r.use === 'verb' && /REPORT|MEASURE/.test(r.rel.type))) this.used.add(i);
    });
    const time = this.items.findIndex((item, i) => item.k === 'time' && !this.used.has(i));
    let range: TimeRange | undefined;
    if (time >= 0) {
      this.used.add(time);
      range = (this.items[time] as Extract<Item, { k: 'time' }>).range;
    }
    const word = (this.items[moreAt] as Extract<Item, { k: 'w' }>).w;
    return { kind: 'compare', nodes: [named(first), named(last)], metric, time: range, order: LESS.has(word) ? 'less' : 'more' };
  }
}
