// The whole question: a compared figure, "when", yes/no, or else a list or count — [how many | who | what |
// which] [NP] clauses, "what happened …", a superlative — finished with "other", negations and time filters.
import { AUX, PARTICLES } from './functionWords.ts';
import { QuestionFormReader } from './questionForms.ts';
import { anyStep } from './setBuilders.ts';
import type { NodeSet, Plan } from './types.ts';

export class QuestionReader extends QuestionFormReader {

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
  protected finish(counting: boolean, set: NodeSet, minus: NodeSet[], _extra: NodeSet[]): Plan {
    let result = set;
    if (this.other) {
      const named = this.namedNodes().map((node): NodeSet => ({ kind: 'entity', node }));
      if (named.length) minus = [...minus, ...named];
    }
    for (const m of minus) result = { kind: 'minus', set: result, minus: m };
    result = this.during(result);
    return counting ? { kind: 'count', set: result } : { kind: 'list', set: result };
  }

  protected eventSet(): NodeSet {
    const event = this.vocabulary.labels.find((l) => l.label === 'Event');
    const base: NodeSet = event ? { kind: 'label', label: 'Event', noun: 'events' } : { kind: 'any' };
    const involved = this.word('to', 'with', 'at', 'in', 'for') ? this.nounPhrase() : undefined;
    return involved ? { kind: 'and', sets: [base, anyStep(involved, 'events')] } : base;
  }
}
