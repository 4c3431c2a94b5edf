// Node sets built from relations: the direction of a relation's agent or patient seen from the named side, a
// verb's step, a noun's step, "and"/"or" over a list of names.
import type { Item, RelCue, Use } from './items.ts';
import { PARTICIPLES } from './functionWords.ts';
import type { Direction, NodeSet, StepRole } from './types.ts';
import type { Relation } from './vocabulary.ts';

/** Where a relation's answers lie, seen from the named side. */
export function towardAgent(rel: Relation): Direction {
  if (rel.symmetric) return 'both';
  return rel.activeFromEnd ? 'out' : 'in';
}
export function towardPatient(rel: Relation): Direction {
  if (rel.symmetric) return 'both';
  return rel.activeFromEnd ? 'in' : 'out';
}

/** "owned", "led", "investigated": a verb as a passive participle. */
export function participle(item: Extract<Item, { k: 'cue' }>): boolean {
  const last = item.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return item.passive || last.endsWith('ed') || PARTICIPLES.has(last);
}

export function flipFor(noun: { rel: Relation; use: Use }): Direction {
  // "which company has the most rivals/owners/subsidiaries": counted from the candidate's side.
  if (noun.rel.symmetric) return 'both';
  if (noun.use === 'agent') return towardAgent(noun.rel);
  return towardPatient(noun.rel);
}

/**
 * The types a word names in one reading: the first cue's, and any other type the same word names in the same
 * tense, role and way ("reported" is REPORTED and REPORTED_ON), so a step goes over all of them.
 */
export function sameReading(cues: readonly RelCue[]): string[] {
  const first = cues[0]!;
  const alike = cues.filter((c) => c.use === first.use && c.rel.past === first.rel.past && c.rel.symmetric === first.rel.symmetric && c.rel.activeFromEnd === first.rel.activeFromEnd);
  return [...new Set(alike.map((c) => c.rel.type))];
}

/** A step named by a verb: its words are the relation's own ("owns", "competes with", "investigated by"). */
export function step(from: NodeSet, rel: Relation, direction: Direction, types: string[], role: StepRole = verbRole(rel, direction)): NodeSet {
  return { kind: 'step', from, types, direction, words: rel.phrase, role };
}

export function verbRole(rel: Relation, direction: Direction): StepRole {
  if (direction === 'both') return 'agent';
  return direction === towardAgent(rel) ? 'agent' : 'patient';
}

export function anyStep(from: NodeSet, words: string): NodeSet {
  return { kind: 'step', from, types: [], direction: 'both', words, role: 'any' };
}

export function combine(list: { sets: NodeSet[]; any: boolean }, map: (set: NodeSet) => NodeSet): NodeSet {
  const sets = list.sets.map(map);
  if (sets.length === 1) return sets[0]!;
  return list.any ? { kind: 'or', sets } : { kind: 'and', sets };
}
