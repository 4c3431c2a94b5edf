// The question as the planner sees it: a list of items, each a span of the question's text classified as a
// name, a cue (words naming a relation or a label), a time, a number, a function word or an unknown word.
import type { CatalogEntry } from '../language/linking.ts';
import type { TimeRange } from './time.ts';
import type { NamedNode } from './types.ts';
import type { LabelNoun, Relation } from './vocabulary.ts';

export type Use = 'verb' | 'agent' | 'patient' | 'weak';
export interface RelCue {
  rel: Relation;
  use: Use;
}

export type Item =
  | { k: 'ent'; text: string; start: number; end: number; candidates: CatalogEntry[] }
  | { k: 'cue'; text: string; start: number; end: number; stem: string; rels: RelCue[]; label?: LabelNoun; passive: boolean }
  | { k: 'time'; text: string; start: number; end: number; range: TimeRange }
  | { k: 'num'; text: string; start: number; end: number; value: number }
  | { k: 'w'; text: string; start: number; end: number; w: string; stem: string }
  | { k: 'x'; text: string; start: number; end: number; stem: string };

export function named(item: Extract<Item, { k: 'ent' }>): NamedNode {
  const entry = item.candidates[0]!;
  return { id: entry.id, name: entry.name };
}
