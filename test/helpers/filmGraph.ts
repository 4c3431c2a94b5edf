// A film graph for Ask's planner tests, one the seed never had (people, movies, studios, followers; types ACTED_IN,
// DIRECTED, FOLLOWS, PRODUCED_BY, WORKS_WITH, …), its names and vocabulary, and the plan language written out, so
// each test states the exact plan a question reads into.
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { Direction, NodeSet, Plan, StepRole } from '../../server/ask/plan/types.ts';
import { buildVocabulary } from '../../server/ask/plan/vocabulary.ts';

const NAMES = {
  tom: 'Tom Hanks',
  meg: 'Meg Ryan',
  ron: 'Ron Howard',
  apollo: 'Apollo 13',
  splash: 'Splash',
  drama: 'Drama',
  imagine: 'Imagine Films',
  oscar: 'Oscar',
  univ: 'Universal',
} as const;
export type Key = keyof typeof NAMES;
const LABEL_OF: Record<Key, string> = { tom: 'Person', meg: 'Person', ron: 'Person', apollo: 'Movie', splash: 'Movie', drama: 'Genre', imagine: 'Studio', oscar: 'Award', univ: 'Studio' };

export const entry = (key: Key): CatalogEntry => ({ id: `id-${key}`, key, name: NAMES[key], labels: [LABEL_OF[key]], aliases: [] });
export const index = new EntityIndex((Object.keys(NAMES) as Key[]).map(entry));
export const FILM_TOKENS = {
  labels: ['Person', 'Movie', 'Genre', 'Studio', 'Award', 'Event', 'OrgUnit'],
  types: ['ACTED_IN', 'DIRECTED', 'FOLLOWS', 'IN_GENRE', 'PRODUCED_BY', 'WORKS_WITH', 'WON', 'OWNS', 'LEADS', 'LED', 'PARTICIPATED_IN', 'CURRENT_ADDRESS', 'REPORTED'],
  propertyKeys: ['name', 'released'],
};
export const vocabulary = buildVocabulary(FILM_TOKENS, ['new ticket sales', 'box office revenue']);

// The plan language, written out.
export const node = (key: Key) => ({ id: `id-${key}`, name: NAMES[key] });
export const ent = (key: Key): NodeSet => ({ kind: 'entity', node: node(key) });
export const label = (name: string, noun: string): NodeSet => ({ kind: 'label', label: name, noun });
export const step = (from: NodeSet, types: string[], direction: Direction, words: string, role: StepRole): NodeSet => ({ kind: 'step', from, types, direction, words, role });
export const tiedTo = (from: NodeSet, words: string): NodeSet => step(from, [], 'both', words, 'any');
export const and = (...sets: NodeSet[]): NodeSet => ({ kind: 'and', sets });
export const or = (...sets: NodeSet[]): NodeSet => ({ kind: 'or', sets });
export const list = (set: NodeSet): Plan => ({ kind: 'list', set });
export const count = (set: NodeSet): Plan => ({ kind: 'count', set });

/** The reading of a question on the film graph; throws when there is none. */
export function read(question: string) {
  const result = readPlan(question, index, vocabulary);
  if (!result || !('reading' in result)) throw new Error(`no reading of ${question}`);
  return result.reading;
}
