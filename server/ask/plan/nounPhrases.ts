// Noun phrases: a name, a label ("companies", "the company Alibaba", "products of ByteDance"), a relation noun
// ("rivals of X", "X's owner"), a reduced relative ("the movies Tom Hanks acted in"), and lists of them joined by
// "and" / "or".
import { Cursor } from './cursor.ts';
import { PARTICLES } from './functionWords.ts';
import { named } from './items.ts';
import { anyStep, step, towardPatient } from './setBuilders.ts';
import type { NodeSet } from './types.ts';

export class NounPhraseReader extends Cursor {
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

  protected base(): NodeSet | undefined {
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
  protected verbFollows(): boolean {
    let i = this.pos;
    while (this.isWord(this.items[i], 'filler')) i++;
    const next = this.items[i];
    return next?.k === 'ent' || (next?.k === 'w' && (PARTICLES.has(next.w) || next.w === 'both' || next.w === 'either'));
  }

  /** "(that) Tom Hanks acted in": a subject and its verb, the object being the noun before. */
  protected reducedRelative(): NodeSet | undefined {
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

  /** NP (and|or NP)*: "both A and B" → every one; "A or B" → any one. */
  protected nounList(): { sets: NodeSet[]; any: boolean } | undefined {
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
}
