// The reader's cursor over the items: where it stands, which items the plan uses so far (saved and restored when a
// reading fails), the moves over words and fillers, and the readings of a cue as a noun or a verb in the question's
// tense. The grammar (nounPhrases.ts → clauses.ts → questionForms.ts → questionReader.ts) builds on it.
import { named, type Item, type RelCue } from './items.ts';
import { sameReading, towardAgent, towardPatient } from './setBuilders.ts';
import type { NamedNode, NodeSet } from './types.ts';
import type { GraphVocabulary } from './vocabulary.ts';

export class Cursor {
  pos = 0;
  readonly used = new Set<number>();
  /** Word stems handed to an 'about' set: used if its answers' text holds them. */
  aboutWords: string[] = [];
  protected other = false;
  protected bareNoun: Extract<Item, { k: 'cue' }> | undefined;
  /** The subject of the last "do NP verb" clause: "did Tom Hanks act in and also direct" shares it. */
  protected lastSubject: NodeSet | undefined;
  /** "former", "previous", "past", "used to", "was" (every tense word, and the past of "be"): relations in the past (LED) before present ones (LEADS). */
  protected readonly past: boolean;

  constructor(
    readonly items: Item[],
    readonly vocabulary: GraphVocabulary,
  ) {
    // Fillers are used by definition.
    items.forEach((item, i) => item.k === 'w' && item.w === 'filler' && this.used.add(i));
    this.past = items.some((item) => /^(former|formerly|previous|previously|ex|earlier|once|used|original|old|past|was|were|before)$/i.test(item.text));
  }

  protected nounCues(item: Extract<Item, { k: 'cue' }>): RelCue[] {
    const strong = item.rels.filter((r) => r.use === 'agent' || r.use === 'patient');
    return this.byTense(strong.length ? strong : item.rels.filter((r) => r.use === 'weak'));
  }

  protected byTense(cues: RelCue[]): RelCue[] {
    return [...cues].sort((a, b) => Number(a.rel.past !== this.past) - Number(b.rel.past !== this.past));
  }

  /** "X's owner", "rivals of X": the nodes in the noun's role, seen from X. */
  protected nounStep(from: NodeSet, item: Extract<Item, { k: 'cue' }>): NodeSet {
    const cues = this.nounCues(item);
    const cue = cues[0]!;
    const direction = cue.use === 'agent' ? towardAgent(cue.rel) : towardPatient(cue.rel);
    const set: NodeSet = { kind: 'step', from, types: sameReading(cues), direction, words: item.text, role: 'noun' };
    // "ByteDance's products": what it owns, of the Product label when the graph has one.
    return cue.use === 'weak' && item.label ? { kind: 'and', sets: [set, { kind: 'label', label: item.label.label, noun: item.text }] } : set;
  }

  protected peek(offset = 0): Item | undefined {
    return this.items[this.pos + offset];
  }
  protected isWord(item: Item | undefined, ...words: string[]): boolean {
    return item?.k === 'w' && words.includes(item.w);
  }
  /** Skips fillers at the cursor. */
  protected skip(): void {
    while (this.pos < this.items.length && this.isWord(this.items[this.pos], 'filler')) this.pos++;
  }
  protected word(...words: string[]): boolean {
    this.skip();
    if (this.isWord(this.peek(), ...words)) {
      this.used.add(this.pos++);
      return true;
    }
    return false;
  }
  protected at(...words: string[]): boolean {
    this.skip();
    return this.isWord(this.peek(), ...words);
  }
  protected mark<T>(state: { pos: number; used: Set<number> }, fn: () => T | undefined): T | undefined {
    const result = fn();
    if (result === undefined) {
      this.pos = state.pos;
      this.used.clear();
      for (const i of state.used) this.used.add(i);
    }
    return result;
  }
  protected save() {
    return { pos: this.pos, used: new Set(this.used) };
  }


  protected restore(save: { pos: number; used: Set<number> }): undefined {
    this.pos = save.pos;
    this.used.clear();
    for (const i of save.used) this.used.add(i);
    return undefined;
  }


  protected verbCue(): { item: Extract<Item, { k: 'cue' }>; cue: RelCue; types: string[] } | undefined {
    this.skip();
    const item = this.peek();
    if (item?.k !== 'cue') return undefined;
    const cues = this.byTense(item.rels.filter((r) => r.use === 'verb'));
    return cues[0] ? { item, cue: cues[0], types: sameReading(cues) } : undefined;
  }

  protected during(set: NodeSet): NodeSet {
    let result = set;
    this.items.forEach((item, i) => {
      if (item.k === 'time' && !this.used.has(i)) {
        // The preposition before it ("in 2019") is a function word, never said back: it needs no mark.
        this.used.add(i);
        result = { kind: 'during', set: result, time: item.range };
      }
    });
    return result;
  }

  protected namedNodes(): NamedNode[] {
    return this.items.flatMap((item, i) => (item.k === 'ent' && this.used.has(i) ? [named(item)] : []));
  }
}
