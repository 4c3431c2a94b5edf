// Ask's planner, the whole question: the opening words ("how much", "where", "is there", "what takes place"), a
// label with "are there" / "exist" before its clause, a noun whose other side is named later ("how many friends
// does Ada have") or never, "what happened" on a graph with no Event label, and the tense read from the question's
// words (a word that only starts or ends like "ex" or "used" sets no tense).
import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../server/ask/language/linking.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { NodeSet, Plan } from '../../server/ask/plan/types.ts';
import { buildVocabulary } from '../../server/ask/plan/vocabulary.ts';
import { and, count, ent, index, label, list, read, step, vocabulary } from '../helpers/filmGraph.ts';

const followTom = step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent');
const eventsAt = (key: 'univ'): NodeSet => and(label('Event', 'events'), step(ent(key), [], 'both', 'events', 'any'));

describe('the opening words of a question', () => {
  it.each<[string, Plan, string[], string[]]>([
    ['how much movies are there?', count(label('Movie', 'movies')), [], ['movies']],
    ['where did Tom Hanks act?', list(step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')), [], ['Tom Hanks', 'act']],
    ['what takes place at Universal?', list(eventsAt('univ')), [], ['Universal']],
    // "is there" opens no yes/no question: it lists.
    ['is there anyone who follows Tom Hanks?', list(followTom), [], ['follows', 'Tom Hanks']],
    // "are there" / "exist" after a label, before its clause.
    ['how many people are there who follow Tom Hanks?', count(and(label('Person', 'people'), followTom)), [], ['people', 'follow', 'Tom Hanks']],
    ['how many people exist who follow Tom Hanks?', count(and(label('Person', 'people'), followTom)), [], ['people', 'follow', 'Tom Hanks']],
    // A noun whose other side never comes: the noun alone, the name said back.
    ['how many followers does Meg Ryan see?', count(step({ kind: 'any' }, ['FOLLOWS'], 'in', 'followers', 'noun')), ['Meg Ryan'], ['followers']],
  ])('%s', (question, plan, unused, understood) => {
    expect(read(question)).toEqual({ plan, unused, understood, aboutWords: [] });
  });
});

describe('"took" is no event without "place" right after it', () => {
  it('reads nothing for "who took Tom Hanks\'s place?" rather than the events tied to Tom Hanks', () => {
    expect(readPlan("who took Tom Hanks's place?", index, vocabulary)).toBeUndefined();
  });
});

describe('tense from the question’s words', () => {
  const leaderOfUniversal = list(step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun'));
  it.each([
    ['who is the leader of the Universal complex?', ['complex']],
    ['who is the leader of Universal, for example?', ['example']],
  ])('a word that only ends or starts like "ex" keeps the present: %s', (question, unused) => {
    expect(read(question)).toEqual({ plan: leaderOfUniversal, unused, understood: ['leader', 'Universal'], aboutWords: [] });
  });
});

describe('a review graph: no Event label, "have" no relation, one verb for two types', () => {
  const reviews = buildVocabulary({ labels: ['Person', 'Paper', 'Machine'], types: ['REVIEWED', 'REVIEWED_BY', 'PART_OF', 'HAS_PART', 'KNOWS', 'WORKS_WITH'], propertyKeys: ['name'] }, []);
  const people = new EntityIndex([
    { id: 'id-ada', key: 'ada', name: 'Ada', labels: ['Person'], aliases: [] },
    { id: 'id-bob', key: 'bob', name: 'Bob', labels: ['Person'], aliases: [] },
    { id: 'id-paper', key: 'paper', name: 'Paper One', labels: ['Paper'], aliases: [] },
  ]);
  const ada: NodeSet = { kind: 'entity', node: { id: 'id-ada', name: 'Ada' } };
  const paper: NodeSet = { kind: 'entity', node: { id: 'id-paper', name: 'Paper One' } };
  const reading = (question: string) => {
    const result = readPlan(question, people, reviews);
    return result && 'reading' in result ? result.reading : undefined;
  };

  it('reads "what happened to Ada" as anything tied to Ada when the graph has no Event label', () => {
    expect(reading('what happened to Ada?')).toEqual({ plan: list(and({ kind: 'any' }, step(ada, [], 'both', 'events', 'any'))), unused: [], understood: ['Ada'], aboutWords: [] });
  });

  it('reads "how many friends does Ada have" with "have" as the auxiliary of the noun', () => {
    expect(reading('how many friends does Ada have?')).toEqual({ plan: count(step(ada, ['KNOWS'], 'in', 'friends', 'noun')), unused: [], understood: ['friends', 'Ada'], aboutWords: [] });
  });

  it.each(['who formerly reviewed Paper One?', 'who was reviewing Paper One?'])('keeps the first reading of a shared verb in the past too (REVIEWED, not REVIEWED_BY): %s', (question) => {
    expect(reading(question)?.plan).toEqual(list(step(paper, ['REVIEWED'], 'in', 'reviewed', 'agent')));
  });
});
