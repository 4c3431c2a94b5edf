// Ask's planner, one question for each small word of functionWords.ts that no other reading test reads: the
// question words, negations, joiners, particles and comparatives the grammar reads; the words it never says back
// (a question that reads with them is not said back with "before Splash" or "several times" unused); the questions
// it refuses rather than misreads ("whose …", "the same … as", "only"); the participles read as passive without
// "by"; "events" on a graph with no Event label; "have" opening a question. Each reading changes when its word
// leaves its set. "ever" is no function word: "did Tom Hanks ever act in Splash?" reads as without it.
import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../server/ask/language/linking.ts';
import type { PlanReading } from '../../server/ask/plan/accounting.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { NodeSet } from '../../server/ask/plan/types.ts';
import { buildVocabulary } from '../../server/ask/plan/vocabulary.ts';
import { and, ent, index, label, list, step, vocabulary } from '../helpers/filmGraph.ts';

const film = (question: string) => {
  const result = readPlan(question, index, vocabulary);
  return result && 'reading' in result ? result.reading : result;
};
const compared = (order: 'more' | 'less') => ({ kind: 'compare' as const, nodes: [{ id: 'id-apollo', name: 'Apollo 13' }, { id: 'id-splash', name: 'Splash' }], metric: ['ticket', 'sal'], order });
const moviesOfTom = and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'));
const reading = (plan: PlanReading['plan'], unused: string[], understood: string[]): PlanReading => ({ plan, unused, understood, aboutWords: [] });

describe('question words, negations and joiners the grammar reads', () => {
  it.each<[string, PlanReading | undefined]>([
    // "whom" opens the question: without it, "does Tom Hanks follow" is a yes/no question with no object.
    ['whom does Tom Hanks follow?', reading(list(step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient')), [], ['Tom Hanks', 'follow'])],
    // "no", "without", "excluding", "besides": the name after them is taken out, never added.
    ['which people have no followers?', reading(list(label('Person', 'people')), ['have', 'followers'], ['people'])],
    ['which movies did Tom Hanks act in, no Splash?', reading(list({ kind: 'minus', set: moviesOfTom, minus: ent('splash') }), [], ['movies', 'Tom Hanks', 'act', 'Splash'])],
    ['who acted in Apollo 13 without Tom Hanks?', reading(list({ kind: 'minus', set: step(ent('apollo'), ['ACTED_IN'], 'in', 'acted in', 'agent'), minus: ent('tom') }), [], ['acted', 'Apollo 13', 'Tom Hanks'])],
    ['who acted in Apollo 13 excluding Tom Hanks?', reading(list({ kind: 'minus', set: step(ent('apollo'), ['ACTED_IN'], 'in', 'acted in', 'agent'), minus: ent('tom') }), [], ['acted', 'Apollo 13', 'Tom Hanks'])],
    ['who follows Tom Hanks besides Meg Ryan?', reading(list({ kind: 'minus', set: step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent'), minus: ent('meg') }), [], ['follows', 'Tom Hanks', 'Meg Ryan'])],
    // "that", "but", "which", "whom" join a second clause to the first.
    ['who acted in Splash that follows Tom Hanks?', reading(list(and(step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'), step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent'))), [], ['acted', 'Splash', 'follows', 'Tom Hanks'])],
    ['who acted in Splash but directed Apollo 13?', reading(list(and(step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'), step(ent('apollo'), ['DIRECTED'], 'in', 'directed', 'agent'))), [], ['acted', 'Splash', 'directed', 'Apollo 13'])],
    ['who is the leader of the studio which produced Apollo 13?', reading(list(and(step(label('Studio', 'studio'), ['LEADS'], 'in', 'leader', 'noun'), step(ent('apollo'), ['PRODUCED_BY'], 'out', 'produced by', 'agent'))), [], ['leader', 'studio', 'produced', 'Apollo 13'])],
    ['who acted in Splash, whom also directed Apollo 13?', reading(list(and(step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'), step(ent('apollo'), ['DIRECTED'], 'in', 'directed', 'agent'))), [], ['acted', 'Splash', 'directed', 'Apollo 13'])],
  ])('%s', (question, expected) => {
    expect(film(question)).toEqual(expected);
  });
});

describe('a particle after a verb is read over, to its object', () => {
  const worksWith = (key: 'univ' | 'apollo' | 'tom') => list(step(ent(key), ['WORKS_WITH'], 'both', 'works with', 'agent'));
  it.each<[string, PlanReading]>([
    ['who works at Universal?', reading(worksWith('univ'), [], ['works', 'Universal'])],
    ['who works from Universal?', reading(worksWith('univ'), [], ['works', 'Universal'])],
    ['who works on Apollo 13?', reading(worksWith('apollo'), [], ['works', 'Apollo 13'])],
    ['who works into Apollo 13?', reading(worksWith('apollo'), [], ['works', 'Apollo 13'])],
    ['who works among Tom Hanks?', reading(worksWith('tom'), [], ['works', 'Tom Hanks'])],
    ['who works under Tom Hanks?', reading(worksWith('tom'), [], ['works', 'Tom Hanks'])],
    ['who reported of Apollo 13?', reading(list(step(ent('apollo'), ['REPORTED'], 'in', 'reported', 'agent')), [], ['reported', 'Apollo 13'])],
    ['who won over Tom Hanks?', reading(list(step(ent('tom'), ['WON'], 'in', 'won', 'agent')), [], ['won', 'Tom Hanks'])],
    ['does Tom Hanks work by Meg Ryan?', reading({ kind: 'check', node: { id: 'id-meg', name: 'Meg Ryan' }, set: step(ent('tom'), ['WORKS_WITH'], 'both', 'works with', 'agent') }, [], ['Tom Hanks', 'work', 'Meg Ryan'])],
  ])('%s', (question, expected) => {
    expect(film(question)).toEqual(expected);
  });
});

describe('comparatives compare two figures, "less" the other way', () => {
  it.each<[string, PlanReading]>([
    ['who had less ticket sales, Apollo 13 or Splash?', reading(compared('less'), ['had'], ['ticket', 'sales', 'Apollo 13', 'Splash'])],
    ['which movie had bigger ticket sales, Apollo 13 or Splash?', reading(compared('more'), ['movie had'], ['ticket', 'sales', 'Apollo 13', 'Splash'])],
    ['which movie had larger ticket sales, Apollo 13 or Splash?', reading(compared('more'), ['movie had'], ['ticket', 'sales', 'Apollo 13', 'Splash'])],
    ['which movie had greater ticket sales, Apollo 13 or Splash?', reading(compared('more'), ['movie had'], ['ticket', 'sales', 'Apollo 13', 'Splash'])],
  ])('%s', (question, expected) => {
    expect(film(question)).toEqual(expected);
  });
});

describe('function words are never said back as unused', () => {
  it.each<[string, PlanReading]>([
    ['what events occur at Universal?', reading(list(label('Event', 'events')), ['Universal'], ['events'])],
    ['which movies did Tom Hanks act in before Splash?', reading(list(moviesOfTom), ['Splash'], ['movies', 'Tom Hanks', 'act'])],
    ['which movies did Tom Hanks act in after Splash?', reading(list(moviesOfTom), ['Splash'], ['movies', 'Tom Hanks', 'act'])],
    ['which movies did Tom Hanks act in since Splash?', reading(list(moviesOfTom), ['Splash'], ['movies', 'Tom Hanks', 'act'])],
    ['which movies did Tom Hanks act in under Ron Howard?', reading(list(moviesOfTom), ['Ron Howard'], ['movies', 'Tom Hanks', 'act'])],
    ['which movies did Tom Hanks act in among those Ron Howard directed?', reading(list(moviesOfTom), ['Ron Howard directed'], ['movies', 'Tom Hanks', 'act'])],
    ['who acted in Splash several times?', reading(list(step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent')), ['times'], ['acted', 'Splash'])],
    ['who followed Tom Hanks multiple times?', reading(list(step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent')), ['times'], ['followed', 'Tom Hanks'])],
    // "e-commerce" is said back whole with the word after it, not as "commerce deals".
    ['who follows Tom Hanks in e-commerce deals?', reading(list(step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent')), ['e-commerce deals'], ['follows', 'Tom Hanks'])],
  ])('%s', (question, expected) => {
    expect(film(question)).toEqual(expected);
  });
});

describe('"ever" is a filler, not a function word the grammar stops at', () => {
  it.each<[string, PlanReading]>([
    ['did Tom Hanks ever act in Splash?', reading({ kind: 'check', node: { id: 'id-splash', name: 'Splash' }, set: step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient') }, [], ['Tom Hanks', 'act', 'Splash'])],
    ['which movies did Tom Hanks ever act in?', reading(list(moviesOfTom), [], ['movies', 'Tom Hanks', 'act'])],
  ])('%s', (question, expected) => {
    expect(film(question)).toEqual(expected);
  });
});

describe('a question it cannot read is refused rather than read without its word', () => {
  it.each([
    // "whose": not the followers of anyone who follow Tom Hanks.
    'whose followers follow Tom Hanks?',
    // "the same … as": not the movies anyone acted in, with Tom Hanks said back.
    'who acted in the same movies as Tom Hanks?',
    // "only", "just": not everyone who acted in Splash.
    'who only acted in Splash?',
    'who just acted in Splash?',
  ])('%s', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });
});

describe('other graphs: participles, "events" with no Event label, "have" opening a question', () => {
  const people = new EntityIndex([
    { id: 'id-ada', key: 'ada', name: 'Ada', labels: ['Person'], aliases: [] },
    { id: 'id-paper', key: 'paper', name: 'Paper One', labels: ['Paper'], aliases: [] },
  ]);
  const ada: NodeSet = { kind: 'entity', node: { id: 'id-ada', name: 'Ada' } };
  const read = (types: string[], question: string) => {
    const result = readPlan(question, people, buildVocabulary({ labels: ['Person', 'Paper'], types, propertyKeys: ['name'] }, []));
    return result && 'reading' in result ? result.reading : result;
  };

  // A participle after "be" is passive even without "by": the papers Ada runs, holds, … — not those that run Ada.
  it.each([
    ['run', 'RUNS', 'runs'],
    ['held', 'HOLDS', 'holds'],
    ['bought', 'BUYS', 'buys'],
    ['sold', 'SELLS', 'sells'],
    ['made', 'MAKES', 'makes'],
    ['met', 'MEETS', 'meets'],
    ['taken', 'TAKES', 'takes'],
    ['done', 'DOES', 'does'],
    ['written', 'WRITES', 'writes'],
    ['won', 'WINS', 'wins'],
    ['paid', 'PAYS', 'pays'],
  ])('which papers are %s to Ada?', (participle, type, words) => {
    expect(read([type], `which papers are ${participle} to Ada?`)).toEqual(reading(list(and(label('Paper', 'papers'), step(ada, [type], 'out', words, 'patient'))), [], ['papers', participle, 'Ada']));
  });

  it('reads "the events at Ada" on a graph with no Event label as everything tied to Ada', () => {
    expect(read(['KNOWS'], 'list the events at Ada')).toEqual(reading(list(and({ kind: 'any' }, step(ada, [], 'both', 'events', 'any'))), [], ['Ada']));
  });

  it('reads no question opened by "have", even one that would read as a superlative without it', () => {
    expect(read(['KNOWS'], 'has the most friends?')).toBeUndefined();
    expect(read(['KNOWS'], 'who has the most friends?')).toEqual(reading({ kind: 'most', set: { kind: 'any' }, types: ['KNOWS'], direction: 'in', order: 'most', words: 'friends' }, [], ['friends']));
  });
});
