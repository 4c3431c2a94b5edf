// Ask's planner, noun phrases on the film graph: determiners (all / any / other), a relation noun with each
// preposition, a label before a name, reduced relatives with that / which / whom, a word that is a noun and a verb
// read as the noun when no name or particle follows, lists joined by "nor", possessives with nothing after them.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { Plan } from '../../server/ask/plan/types.ts';
import { and, count, ent, index, label, list, node, or, read, step, vocabulary } from '../helpers/filmGraph.ts';

const followersOf = (key: 'meg' | 'tom') => step(ent(key), ['FOLLOWS'], 'in', 'followers', 'noun');
const leaderOf = step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun');
const headsOfAny = step({ kind: 'any' }, ['LEADS'], 'in', 'heads', 'noun');

describe('noun phrases', () => {
  it.each<[string, Plan, string[]]>([
    ['who follows any followers of Meg Ryan?', list(step(followersOf('meg'), ['FOLLOWS'], 'in', 'follows', 'agent')), []],
    ['who follows other followers of Meg Ryan?', list(step(followersOf('meg'), ['FOLLOWS'], 'in', 'follows', 'agent')), []],
    ['the leader of Universal', list(leaderOf), []],
    ['the leader at Universal', list(leaderOf), []],
    ['the leader in Universal', list(leaderOf), []],
    ['the leader for Universal', list(leaderOf), []],
    ['the leader on Universal', list(leaderOf), []],
    ['the leader to Universal', list(leaderOf), []],
    ['the leader from Universal', list(leaderOf), []],
    // A label before a name says what the name is; the clause after it is still read.
    ['was the movie Apollo 13 produced by Universal?', { kind: 'check', node: node('apollo'), set: step(ent('univ'), ['PRODUCED_BY'], 'in', 'produced by', 'patient') }, []],
    ['the movies which Tom Hanks acted in', list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'))), []],
    ['the people whom Tom Hanks follows', list(and(label('Person', 'people'), step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient'))), []],
    // A noun-and-verb word with no name or particle after it is the noun.
    ['how many heads are there?', count(headsOfAny), []],
    ['which heads follow Tom Hanks?', list(and(headsOfAny, step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent'))), []],
    // A noun that is no verb stays the noun before a particle; what it cannot use is said back.
    ['how many followers with Meg Ryan are there?', count(step({ kind: 'any' }, ['FOLLOWS'], 'in', 'followers', 'noun')), ['Meg Ryan']],
    ['who acted in Apollo 13 nor Splash?', list(or(step(ent('apollo'), ['ACTED_IN'], 'in', 'acted in', 'agent'), step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'))), []],
  ])('%s', (question, plan, unused) => {
    expect(read(question)).toMatchObject({ plan, unused });
  });

  it.each([
    // A reduced relative needs a name for its subject, and no object after its verb.
    ['which movies people acted in?', list(label('Movie', 'movies')), ['people acted']],
    ['the movies Tom Hanks acted in Splash', list(and(ent('tom'), step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'))), []],
  ])('%s: no relative clause', (question, plan, unused) => {
    expect(read(question)).toMatchObject({ plan, unused });
  });

  it.each(["is Tom Hanks's Meg Ryan?", "does Tom Hanks's follow Meg Ryan?"])('a possessive with no noun after it reads nothing more: %s', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });
});
