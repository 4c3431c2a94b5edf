// Ask's planner, the question forms at their edges: a superlative or threshold after "is … with" or with no verb,
// the label counted after a verb (never after a noun), a participle read as passive without "by" but an active
// verb never, the words "when" keeps for its search, and figures compared by a metric that is itself a label,
// named with a function word, or asked about with other nouns in the question.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { NodeSet, Plan } from '../../server/ask/plan/types.ts';
import { buildVocabulary } from '../../server/ask/plan/vocabulary.ts';
import { ent, index, label, list, node, read, step, vocabulary } from '../helpers/filmGraph.ts';

const mostFollowers = (set: NodeSet): Plan => ({ kind: 'most', set, types: ['FOLLOWS'], direction: 'in', order: 'most', words: 'followers' });

describe('superlatives and thresholds', () => {
  it.each<[string, Plan, string[], string[]]>([
    // "is" before the superlative: "which person is (with) the most followers".
    ['which person is with the most followers?', mostFollowers(label('Person', 'person')), [], ['person', 'followers']],
    ['which person is the most followers?', mostFollowers(label('Person', 'person')), [], ['person', 'followers']],
    ['which movie is with more than 2 followers?', list({ kind: 'degree', set: label('Movie', 'movie'), types: ['FOLLOWS'], direction: 'in', min: 2, words: 'followers' }), [], ['movie', '2', 'followers']],
    // No verb at all: the word after the noun is the superlative's.
    ['which person most followers?', mostFollowers(label('Person', 'person')), [], ['person', 'followers']],
    // A label after a relation *noun* is not what is counted (only a verb's object is): it is said back.
    ['who has the most followers movies?', mostFollowers({ kind: 'any' }), ['movies'], ['has', 'followers']],
  ])('%s', (question, plan, unused, understood) => {
    expect(read(question)).toEqual({ plan, unused, understood, aboutWords: [] });
  });
});

describe('yes / no with "is"', () => {
  it('reads a participle with no "by" as passive: "was Apollo 13 directed Ron Howard" asks whether Ron Howard directed it', () => {
    expect(read('was Apollo 13 directed Ron Howard?')).toEqual({
      plan: { kind: 'check', node: node('apollo'), set: step(ent('ron'), ['DIRECTED'], 'out', 'directed', 'patient') },
      unused: [],
      understood: ['Apollo 13', 'directed', 'Ron Howard'],
      aboutWords: [],
    });
  });

  it.each(['is Tom Hanks following Meg Ryan?', 'is Ron Howard directing Splash?'])('never reads an active verb after "is" as a passive (the roles would be swapped): %s', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });
});

describe('"when"', () => {
  it('tries no word under three letters against the dated nodes’ text', () => {
    expect(read('when did Tom Hanks go to Oz?')).toEqual({ plan: { kind: 'when', set: { kind: 'about', nodes: [node('tom')], label: 'Event', words: [] } }, unused: ['Oz'], understood: ['Tom Hanks'], aboutWords: [] });
    expect(read('when did Tom Hanks win the Oscar in LA?').plan).toEqual({ kind: 'when', set: { kind: 'about', nodes: [node('tom'), node('oscar')], label: 'Event', words: ['win'] } });
  });
});

describe('figures compared', () => {
  const compare = (metric: string[]): Plan => ({ kind: 'compare', nodes: [node('apollo'), node('splash')], metric, time: undefined, order: 'more' });

  it.each([
    // A noun that is not the verb of a reported figure is said back, a label or a relation's noun alike.
    ['which movie had more ticket sales, Apollo 13 or Splash?', ['movie had']],
    ['which reporter had more ticket sales, Apollo 13 or Splash?', ['reporter had']],
  ])('says back the other nouns of the question: %s', (question, unused) => {
    expect(read(question)).toEqual({ plan: compare(['ticket', 'sal']), unused, understood: ['ticket', 'sales', 'Apollo 13', 'Splash'], aboutWords: [] });
  });

  // A graph whose figures are "revenue" (also a label) and "number of buyers" ("number" and "of" are function words).
  const figures = buildVocabulary({ labels: ['Movie', 'Revenue', 'Studio'], types: ['REPORTED', 'OWNS', 'ACTED_IN'], propertyKeys: [] }, ['number of buyers', 'revenue']);
  const reading = (question: string) => {
    const result = readPlan(question, index, figures);
    return result && 'reading' in result ? result.reading : result;
  };

  it('compares by a metric word that also names a label', () => {
    expect(reading('who had more revenue, Apollo 13 or Splash?')).toEqual({ plan: compare(['revenu']), unused: ['had'], understood: ['revenue', 'Apollo 13', 'Splash'], aboutWords: [] });
  });

  it('keeps function words out of the metric ("a higher number of buyers" is the buyers)', () => {
    expect(reading('who reported a higher number of buyers, Apollo 13 or Splash?')).toEqual({ plan: compare(['buyer']), unused: [], understood: ['reported', 'buyers', 'Apollo 13', 'Splash'], aboutWords: [] });
  });
});
