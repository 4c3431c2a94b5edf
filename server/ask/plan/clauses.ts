// Clauses: one constraint on the asked nodes ("owns X", "is owned by X", "does X own", "is a partner of X", each
// maybe negated), and the run of clauses after a question's head joined by and / that / also / but.
import { CONNECTORS, NEGATIONS, PARTICLES } from './functionWords.ts';
import { NounPhraseReader } from './nounPhrases.ts';
import { anyStep, combine, participle, step, towardAgent, towardPatient } from './setBuilders.ts';
import type { NodeSet } from './types.ts';

export class ClauseReader extends NounPhraseReader {
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
      // "do not follow X", "didn't own X": the auxiliary only carries the negation.
      if (this.at('do') && this.isWord(this.peek(1), ...NEGATIONS)) this.word('do');
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
  protected clauses(): { sets: NodeSet[]; minus: NodeSet[] } {
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
}
