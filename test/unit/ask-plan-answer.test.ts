// Ask's planner, rows → answer: the sentence, the entities, the rows kept as evidence, the verdict and the number
// for each plan kind — lists (cut at the listed count), counts, superlatives and ties, "when", yes / no / not
// recorded (with what the graph holds instead), figures compared — and the plan said back in words.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../server/contract.ts';
import { answerPlan, factText, type PlanRow } from '../../server/ask/plan/answer.ts';
import { describePlan, describeSet, type NodeSet, type Plan } from '../../server/ask/plan/types.ts';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({ id, labels: [label], properties: { name: id, ...properties }, caption: id });
const rel = (type: string, start: GraphNode, end: GraphNode): GraphRelationship => ({ id: `${start.id}-${type}-${end.id}`, type, start: start.id, end: end.id, properties: {} });
const path = (start: GraphNode, type: string, end: GraphNode) => ({ nodes: [start, end], relationships: [rel(type, start, end)] });

const tom = node('Tom', 'Person');
const meg = node('Meg', 'Person');
const ron = node('Ron', 'Person');
const apollo = node('Apollo', 'Movie');
const premiere = node('Premiere', 'Event', { date: '1995-06-30', date_precision: 'day' });
const gala = node('Gala', 'Event', { date_text: 'in the spring' });

const named = (n: GraphNode) => ({ id: n.id, name: n.id });
const ent = (n: GraphNode): NodeSet => ({ kind: 'entity', node: named(n) });
const actorsOf = (n: GraphNode): NodeSet => ({ kind: 'step', from: ent(n), types: ['ACTED_IN'], direction: 'in', words: 'acted in', role: 'agent' });
const row = (answer: GraphNode | null, total: number, kind: string, paths = answer ? [path(answer, 'ACTED_IN', apollo)] : []): PlanRow => ({ answer, paths, total, kind });

describe('lists', () => {
  const plan: Plan = { kind: 'list', set: actorsOf(apollo) };

  it('names every distinct answer once, with the plan in words', () => {
    const rows = [row(tom, 2, 'list'), row(tom, 2, 'list'), row(meg, 2, 'list')];
    expect(answerPlan(plan, rows)).toEqual({ sentence: 'What acted in Apollo: Tom and Meg.', known: true, entities: [tom, meg], rows });
  });

  it('says how many there are in all when it lists only the first', () => {
    const rows = [row(tom, 3, 'list'), row(meg, 3, 'list')];
    expect(answerPlan(plan, rows).sentence).toBe('What acted in Apollo: Tom and Meg (3 in all; the first 2 listed).');
  });

  it('writes the date after a dated answer', () => {
    const rows = [row(premiere, 2, 'list'), row(gala, 2, 'list')];
    expect(answerPlan(plan, rows).sentence).toBe('What acted in Apollo: Premiere (30 June 1995) and Gala (in the spring).');
  });

  it('says the graph holds no such fact when nothing is found', () => {
    expect(answerPlan(plan, [row(null, 0, 'list')])).toEqual({ sentence: 'The graph holds no such fact: it records nothing that is what acted in Apollo.', known: false, entities: [], rows: [] });
    expect(answerPlan(plan, []).known).toBe(false);
  });
});

describe('counts', () => {
  const plan: Plan = { kind: 'count', set: actorsOf(apollo) };

  it('states the number and the nodes counted', () => {
    const rows = [row(tom, 2, 'count'), row(meg, 2, 'count')];
    expect(answerPlan(plan, rows)).toEqual({ sentence: '2: the graph records 2 what acted in Apollo: Tom and Meg.', known: true, entities: [tom, meg], rows, value: 2 });
  });

  it('states zero as a known answer', () => {
    expect(answerPlan(plan, [row(null, 0, 'count')])).toEqual({ sentence: 'None: the graph records no what acted in Apollo (0).', known: true, entities: [], rows: [], value: 0 });
    expect(answerPlan(plan, []).value).toBe(0);
  });
});

describe('superlatives', () => {
  const plan: Plan = { kind: 'most', set: { kind: 'label', label: 'Person', noun: 'people' }, types: ['FOLLOWS'], direction: 'in', order: 'most', words: 'followers' };

  it('names the one with the most, and its number', () => {
    const rows = [row(tom, 3, 'most')];
    expect(answerPlan(plan, rows)).toEqual({ sentence: 'Tom has the most followers: 3.', known: true, entities: [tom], rows, value: 3 });
  });

  it('says a tie', () => {
    const rows = [row(tom, 3, 'most'), row(meg, 3, 'most')];
    expect(answerPlan(plan, rows).sentence).toBe('Tom and Meg have the most followers (a tie): 3.');
  });

  it('says when nothing has any', () => {
    expect(answerPlan({ ...plan, order: 'fewest' }, [])).toEqual({ sentence: 'The graph holds no such fact: it records no followers for people.', known: false, entities: [], rows: [] });
  });
});

describe('when', () => {
  const plan: Plan = { kind: 'when', set: { kind: 'about', nodes: [named(tom), named(apollo)], label: 'Event', words: [] } };

  it('gives each answer with its date, or says it has none', () => {
    const rows = [row(premiere, 0, 'when'), row(ron, 0, 'when')];
    expect(answerPlan(plan, rows)).toEqual({ sentence: 'Premiere: 30 June 1995; Ron: the graph records no date.', known: true, entities: [premiere, ron], rows });
  });

  it('is not a known answer when no answer has a date', () => {
    expect(answerPlan(plan, [row(ron, 0, 'when')]).known).toBe(false);
  });

  it('names the nodes asked about when no event is tied to them', () => {
    expect(answerPlan(plan, [])).toEqual({ sentence: 'The graph holds no such fact: it records no dated event tied to Tom and Apollo.', known: false, entities: [], rows: [], verdict: undefined });
    expect(answerPlan({ kind: 'when', set: ent(tom) }, []).sentence).toBe('The graph holds no such fact: it records no dated event tied to Tom.');
  });
});

describe('yes / no', () => {
  const plan: Plan = { kind: 'check', node: named(tom), set: actorsOf(apollo) };

  it('says yes with the fact that says so', () => {
    const rows = [row(tom, 0, 'yes'), row(ron, 0, 'instead')];
    expect(answerPlan(plan, rows)).toEqual({ sentence: 'Yes. Tom acted in Apollo.', known: true, entities: [tom], rows: [rows[0]], verdict: 'yes' });
  });

  it('says yes with every fact that says so, once each', () => {
    const rows = [row(tom, 0, 'yes', [path(tom, 'ACTED_IN', apollo), path(tom, 'DIRECTED', apollo)]), row(tom, 0, 'yes', [path(tom, 'ACTED_IN', apollo)])];
    expect(answerPlan(plan, rows).sentence).toBe('Yes. Tom acted in Apollo; Tom directed Apollo.');
  });

  it('says yes in the plan’s words when the fact has no path', () => {
    expect(answerPlan(plan, [row(tom, 0, 'yes', [])]).sentence).toBe('Yes. Tom is among what acted in Apollo.');
  });

  it('says no with what the graph holds instead', () => {
    const instead = row(ron, 0, 'instead', [path(ron, 'ACTED_IN', apollo)]);
    const other = row(apollo, 0, 'other', [path(tom, 'DIRECTED', apollo), path(tom, 'DIRECTED', apollo)]);
    expect(answerPlan(plan, [instead, other])).toEqual({ sentence: 'No. Ron acted in Apollo; Tom directed Apollo.', known: true, entities: [ron, apollo, tom], rows: [instead, other], verdict: 'no' });
  });

  it('says not recorded, with the other facts between the two, when nothing rules it out', () => {
    const other = row(apollo, 0, 'other', [path(tom, 'OWNS', apollo), path(tom, 'DIRECTED', apollo)]);
    expect(answerPlan(plan, [other])).toEqual({
      sentence: 'The graph holds no such fact: nothing in it says Tom is among what acted in Apollo. It records instead: Tom owns Apollo; Tom directed Apollo.',
      known: false,
      entities: [],
      rows: [],
      verdict: 'not recorded',
    });
    expect(answerPlan(plan, [])).toEqual({ sentence: 'The graph holds no such fact: nothing in it says Tom is among what acted in Apollo; not recorded.', known: false, entities: [], rows: [], verdict: 'not recorded' });
  });
});

describe('figures compared', () => {
  const alpha = node('Alpha', 'Company');
  const beta = node('Beta', 'Company');
  const figure = (id: string, value: number) => node(id, 'Figure', { metric: 'sales', value, unit: 'units' });
  const reported = (company: GraphNode, value: number) => row(company, value, 'figure', [path(company, 'REPORTED', figure(`${company.id}-${value}`, value))]);
  const plan = (order: 'more' | 'less'): Plan => ({ kind: 'compare', nodes: [named(alpha), named(beta)], metric: ['sales'], order, time: { from: '2019-10-01', to: '2020-01-01', label: 'Q4 2019', periods: ['2019-Q4'], start: 0, end: 0 } });

  it('names the larger, each one’s best figure counted', () => {
    const rows = [reported(alpha, 5), reported(beta, 7), reported(alpha, 9), reported(beta, 2)];
    expect(answerPlan(plan('more'), rows)).toEqual({ sentence: 'Alpha (more): sales 9 units, against Beta\'s sales 7 units.', known: true, entities: [alpha, beta], rows: [rows[2], rows[1]], value: 9 });
  });

  it('names the smaller, each one’s least figure counted', () => {
    const rows = [reported(alpha, 5), reported(beta, 7), reported(alpha, 9), reported(beta, 2), row(null, 0, 'figure')];
    expect(answerPlan(plan('less'), rows)).toEqual({ sentence: 'Beta (less): sales 2 units, against Alpha\'s sales 5 units.', known: true, entities: [beta, alpha], rows: [rows[3], rows[0]], value: 2 });
  });

  it('names the larger whichever comes first', () => {
    const rows = [reported(beta, 7), reported(alpha, 9)];
    expect(answerPlan(plan('more'), rows).sentence).toBe('Alpha (more): sales 9 units, against Beta\'s sales 7 units.');
    expect(answerPlan(plan('less'), [reported(alpha, 9), reported(beta, 7)]).sentence).toBe('Beta (less): sales 7 units, against Alpha\'s sales 9 units.');
  });

  it('keeps the first of two equal figures of one name', () => {
    const other = (company: GraphNode, value: number) => row(company, value, 'figure', [path(company, 'REPORTED', node(`${company.id}-other`, 'Figure', { metric: 'orders', value, unit: 'units' }))]);
    expect(answerPlan(plan('more'), [reported(alpha, 9), other(alpha, 9), reported(beta, 2)]).sentence).toBe('Alpha (more): sales 9 units, against Beta\'s sales 2 units.');
    expect(answerPlan(plan('less'), [reported(alpha, 9), reported(beta, 2), other(beta, 2)]).sentence).toBe('Beta (less): sales 2 units, against Alpha\'s sales 9 units.');
  });

  it('says neither when the figures are equal', () => {
    const rows = [reported(alpha, 4), reported(beta, 4)];
    expect(answerPlan(plan('more'), rows)).toEqual({ sentence: 'Neither: both record sales 4 units.', known: true, entities: [alpha, beta], rows, value: 4 });
  });

  it('says which has no figure, and what the other records', () => {
    expect(answerPlan(plan('more'), [reported(alpha, 4)])).toEqual({
      sentence: 'The graph holds no such fact: it records no “sales” figure in Q4 2019 for Beta, so they cannot be compared. It records Alpha: sales 4 units.',
      known: false,
      entities: [],
      rows: [],
      verdict: undefined,
    });
    const { time: _time, ...always } = plan('more') as Extract<Plan, { kind: 'compare' }>;
    expect(answerPlan({ ...always, metric: ['ticket', 'sales'] }, []).sentence).toBe('The graph holds no such fact: it records no “ticket sales” figure for Alpha and Beta, so they cannot be compared.');
  });
});

describe('facts as sentences', () => {
  it('reads a relationship from its start, whichever way the path runs', () => {
    expect(factText(path(tom, 'OWNS', apollo))).toBe('Tom owns Apollo');
    // Ends the path does not hold are read from its nodes in order.
    expect(factText({ nodes: [tom, meg, apollo], relationships: [{ ...rel('OWNS', tom, meg), start: 'elsewhere', end: 'nowhere' }] })).toBe('Tom owns Meg');
    expect(factText({ nodes: [apollo, tom], relationships: [rel('OWNS', tom, apollo)] })).toBe('Tom owns Apollo');
    expect(factText({ nodes: [tom, apollo, meg], relationships: [rel('ACTED_IN', tom, apollo), rel('ACTED_IN', meg, apollo)] })).toBe('Tom acted in Apollo, and Meg acted in Apollo');
  });
});

describe('the plan in words', () => {
  const tomSet = ent(tom);
  const movies: NodeSet = { kind: 'label', label: 'Movie', noun: 'movies' };
  const owners: NodeSet = { kind: 'step', from: tomSet, types: ['OWNS'], direction: 'in', words: 'owners', role: 'noun' };
  const acted: NodeSet = { kind: 'step', from: tomSet, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
  const follows: NodeSet = { kind: 'step', from: owners, types: ['FOLLOWS'], direction: 'in', words: 'follows', role: 'agent' };
  const q4 = { from: '2019-10-01', to: '2020-01-01', label: 'Q4 2019', periods: ['2019-Q4'], start: 0, end: 0 };

  it.each<[NodeSet, string]>([
    [tomSet, 'Tom'],
    [movies, 'movies'],
    [{ kind: 'any' }, 'anything'],
    [owners, 'owners of Tom'],
    [follows, 'what follows (owners of Tom)'],
    [acted, 'what Tom acted in'],
    [{ kind: 'step', from: movies, types: [], direction: 'both', words: 'movies', role: 'any' }, 'what is tied to movies'],
    [{ kind: 'and', sets: [movies, acted, follows, movies, owners] }, 'movies that Tom acted in and that follows (owners of Tom) and that are movies and that are also owners of Tom'],
    [{ kind: 'or', sets: [tomSet, movies] }, 'Tom or movies'],
    [{ kind: 'minus', set: movies, minus: tomSet }, 'movies except Tom'],
    [{ kind: 'during', set: movies, time: q4 }, 'movies in Q4 2019'],
    [{ kind: 'degree', set: movies, types: ['FOLLOWS'], direction: 'in', min: 2, words: 'followers' }, 'movies with more than 2 followers'],
    [{ kind: 'about', nodes: [named(tom), named(meg)], label: 'Event', words: ['win', 'prize'] }, 'Event nodes tied to Tom and Meg (“win prize”)'],
    [{ kind: 'about', nodes: [named(tom)], words: [] }, 'dated nodes tied to Tom'],
  ])('%#: %s', (set, words) => {
    expect(describeSet(set)).toBe(words);
  });

  it.each<[Plan, string]>([
    [{ kind: 'list', set: movies }, 'movies'],
    [{ kind: 'count', set: movies }, 'the number of movies'],
    [{ kind: 'most', set: movies, types: ['FOLLOWS'], direction: 'in', order: 'fewest', words: 'followers' }, 'which of movies has the fewest followers'],
    [{ kind: 'check', node: named(tom), set: movies }, 'whether Tom is among movies'],
    [{ kind: 'when', set: tomSet }, 'when: Tom'],
    [{ kind: 'compare', nodes: [named(tom), named(meg)], metric: ['ticket', 'sales'], order: 'more', time: q4 }, 'the larger “ticket sales” figure in Q4 2019 of Tom or Meg'],
    [{ kind: 'compare', nodes: [named(tom), named(meg)], metric: ['sales'], order: 'less' }, 'the smaller “sales” figure of Tom or Meg'],
  ])('%#: %s', (plan, words) => {
    expect(describePlan(plan)).toBe(words);
  });
});
