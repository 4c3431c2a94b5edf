// Ask's planner, the plan in words on the answer card: each kind of plan and of set said back exactly — how a step
// is read by the way the question named it, which sets are bracketed, how the conditions after the first are
// joined, and what a comparison of figures or a set of events says.
import { describe, expect, it } from 'vitest';
import { describePlan, describeSet, type NodeSet, type Plan } from '../../server/ask/plan/types.ts';
import type { TimeRange } from '../../server/ask/plan/time.ts';

const tom: NodeSet = { kind: 'entity', node: { id: 't', name: 'Tom Hanks' } };
const jd: NodeSet = { kind: 'entity', node: { id: 'j', name: 'JD' } };
const movies: NodeSet = { kind: 'label', label: 'Movie', noun: 'movies' };
const actedIn: NodeSet = { kind: 'step', from: tom, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
const directed = (from: NodeSet): NodeSet => ({ kind: 'step', from, types: ['DIRECTED'], direction: 'in', words: 'directed', role: 'agent' });
const in2020: TimeRange = { from: '2020-01-01', to: '2021-01-01', periods: ['2020'], label: '2020', start: 0, end: 4 };

describe('a set in words', () => {
  it.each<[string, NodeSet, string]>([
    ['a name', tom, 'Tom Hanks'],
    ['a label', movies, 'movies'],
    ['anything', { kind: 'any' }, 'anything'],
    ['a step named by a noun', { kind: 'step', from: jd, types: ['COMPETES_WITH'], direction: 'both', words: 'rivals', role: 'noun' }, 'rivals of JD'],
    ['a step named by its agent', directed(movies), 'what directed movies'],
    ['a step named by its patient', actedIn, 'what Tom Hanks acted in'],
    ['a step named by nothing', { kind: 'step', from: { kind: 'any' }, types: [], direction: 'both', words: '', role: 'any' }, 'what is tied to (anything)'],
    ['a step from a step (bracketed)', directed(actedIn), 'what directed (what Tom Hanks acted in)'],
    [
      'conditions after the first',
      { kind: 'and', sets: [movies, directed(tom), actedIn, { kind: 'label', label: 'Film', noun: 'films' }, jd] },
      'movies that directed Tom Hanks and that Tom Hanks acted in and that are films and that are also JD',
    ],
    ['alternatives', { kind: 'or', sets: [tom, jd] }, 'Tom Hanks or JD'],
    ['an exception', { kind: 'minus', set: movies, minus: actedIn }, 'movies except what Tom Hanks acted in'],
    ['a time', { kind: 'during', set: movies, time: in2020 }, 'movies in 2020'],
    ['a least number of ties', { kind: 'degree', set: { kind: 'label', label: 'Company', noun: 'companies' }, types: ['OWNS'], direction: 'in', min: 1, words: 'owners' }, 'companies with more than 1 owners'],
    ['events of a label tied to names, with words', { kind: 'about', nodes: [{ id: 't', name: 'Tom Hanks' }, { id: 'j', name: 'JD' }], label: 'Event', words: ['trial', 'ban'] }, 'Event nodes tied to Tom Hanks and JD (“trial ban”)'],
    ['dated nodes tied to a name, no words', { kind: 'about', nodes: [{ id: 't', name: 'Tom Hanks' }], words: [] }, 'dated nodes tied to Tom Hanks'],
  ])('%s', (_, set, words) => {
    expect(describeSet(set)).toBe(words);
  });
});

describe('a plan in words', () => {
  it.each<[string, Plan, string]>([
    ['a list', { kind: 'list', set: movies }, 'movies'],
    ['a count', { kind: 'count', set: movies }, 'the number of movies'],
    ['the most', { kind: 'most', set: movies, types: [], direction: 'in', order: 'most', words: 'actors' }, 'which of movies has the most actors'],
    ['the fewest', { kind: 'most', set: movies, types: [], direction: 'in', order: 'fewest', words: 'actors' }, 'which of movies has the fewest actors'],
    ['a yes/no question', { kind: 'check', node: { id: 't', name: 'Tom Hanks' }, set: movies }, 'whether Tom Hanks is among movies'],
    ['a when question', { kind: 'when', set: movies }, 'when: movies'],
    ['the larger figure in a period, of either name', { kind: 'compare', nodes: [{ id: 't', name: 'Tom Hanks' }, { id: 'j', name: 'JD' }], metric: ['active', 'buyers'], time: in2020, order: 'more' }, 'the larger “active buyers” figure in 2020 of Tom Hanks or JD'],
    ['the smaller figure, no period', { kind: 'compare', nodes: [{ id: 't', name: 'Tom Hanks' }], metric: ['gmv'], order: 'less' }, 'the smaller “gmv” figure of Tom Hanks'],
  ])('%s', (_, plan, words) => {
    expect(describePlan(plan)).toBe(words);
  });
});
