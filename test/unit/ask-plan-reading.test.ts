// Ask's planner, question by question on a film graph the seed never had: the exact plan each question form reads
// into (sets, types, directions, roles, words), what it says back as unused and what as understood — relations from
// the graph's own types, labels and chains, and / or / not / other, superlatives and thresholds, yes / no.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../server/ask/plan/types.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import { and, count, ent, index, label, list, node, or, read, step, tiedTo, vocabulary, type Key } from '../helpers/filmGraph.ts';

describe('relations read from the graph’s own types', () => {
  it.each<[string, Plan, string[]]>([
    // A verb's subject is the answer: the step goes against the type's direction from the named object.
    ['who acted in Apollo 13?', list(step(ent('apollo'), ['ACTED_IN'], 'in', 'acted in', 'agent')), ['acted', 'Apollo 13']],
    ['Who directed Apollo 13?', list(step(ent('apollo'), ['DIRECTED'], 'in', 'directed', 'agent')), ['directed', 'Apollo 13']],
    // "do NP verb": the answers are the verb's objects.
    ['what did Ron Howard direct?', list(step(ent('ron'), ['DIRECTED'], 'out', 'directed', 'patient')), ['Ron Howard', 'direct']],
    // A type read from its end (X_BY): "produced by Imagine" are the starts of PRODUCED_BY into Imagine.
    ['what did Imagine Films produce?', list(step(ent('imagine'), ['PRODUCED_BY'], 'in', 'produced by', 'patient')), ['Imagine Films', 'produce']],
    // A *_WITH type is read both ways.
    ['who works with Tom Hanks?', list(step(ent('tom'), ['WORKS_WITH'], 'both', 'works with', 'agent')), ['works', 'Tom Hanks']],
    // An agent noun made from the verb ("follower"), before or after the name.
    ["Meg Ryan's followers", list(step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun')), ['Meg Ryan', 'followers']],
    ['followers of Tom Hanks', list(step(ent('tom'), ['FOLLOWS'], 'in', 'followers', 'noun')), ['followers', 'Tom Hanks']],
    ["Universal's owner", list(step(ent('univ'), ['OWNS'], 'in', 'owner', 'noun')), ['Universal', 'owner']],
    // Multi-word verbs the type's synonyms give: the longest run of words wins.
    ['who took part in the Oscar?', list(step(ent('oscar'), ['PARTICIPATED_IN'], 'in', 'participated in', 'agent')), ['took part in', 'Oscar']],
    ['who lives at Universal?', list(step(ent('univ'), ['CURRENT_ADDRESS'], 'in', 'current address', 'agent')), ['lives at', 'Universal']],
    // Tense: "formerly" reads LED before LEADS; the present reads LEADS.
    ['who formerly led Universal?', list(step(ent('univ'), ['LED'], 'in', 'led', 'agent')), ['led', 'Universal']],
    ['who leads Universal?', list(step(ent('univ'), ['LEADS'], 'in', 'leads', 'agent')), ['leads', 'Universal']],
    ['who was the leader of Universal?', list(step(ent('univ'), ['LED'], 'in', 'leader', 'noun')), ['leader', 'Universal']],
    ['who is the leader of Universal?', list(step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun')), ['leader', 'Universal']],
    // A noun type (IN_GENRE): "X's genre" is the end node.
    ["what is Apollo 13's genre?", list(step(ent('apollo'), ['IN_GENRE'], 'out', 'genre', 'noun')), ['Apollo 13', 'genre']],
    ["who acted in Apollo 13's genre?", list(step(step(ent('apollo'), ['IN_GENRE'], 'out', 'genre', 'noun'), ['ACTED_IN'], 'in', 'acted in', 'agent')), ['acted', 'Apollo 13', 'genre']],
    // "have" is OWNS's verb here.
    ['what does Universal have?', list(step(ent('univ'), ['OWNS'], 'out', 'owns', 'patient')), ['Universal', 'have']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });
});

describe('labels, lists and chains', () => {
  it.each<[string, Plan, string[]]>([
    ['which movies did Tom Hanks act in?', list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'))), ['movies', 'Tom Hanks', 'act']],
    ['how many movies did Tom Hanks act in?', count(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'))), ['movies', 'Tom Hanks', 'act']],
    ['which movies were produced by Imagine Films?', list(and(label('Movie', 'movies'), step(ent('imagine'), ['PRODUCED_BY'], 'in', 'produced by', 'patient'))), ['movies', 'produced', 'Imagine Films']],
    ['how many movies are there?', count(label('Movie', 'movies')), ['movies']],
    ['number of movies', count(label('Movie', 'movies')), ['movies']],
    ['which org units does Universal own?', list(and(label('OrgUnit', 'org units'), step(ent('univ'), ['OWNS'], 'out', 'owns', 'patient'))), ['org units', 'Universal', 'own']],
    // A label before a name only says what the name is.
    ['the movie Splash', list(ent('splash')), ['movie', 'Splash']],
    // A label, a name and a verb with no object: a relative clause.
    ['the movies Tom Hanks acted in', list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'))), ['movies', 'Tom Hanks', 'acted']],
    ['who directed the movies Tom Hanks acted in?', list(step(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')), ['DIRECTED'], 'in', 'directed', 'agent')), ['directed', 'movies', 'Tom Hanks', 'acted']],
    // A label "of" a name: the label's nodes tied to it by any relationship.
    ['movies of Imagine Films', list(and(label('Movie', 'movies'), tiedTo(ent('imagine'), 'movies'))), ['movies', 'Imagine Films']],
    ["Universal's movies", list(and(label('Movie', 'movies'), tiedTo(ent('univ'), 'movies'))), ['Universal', 'movies']],
    ['who follows the followers of Meg Ryan?', list(step(step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun'), ['FOLLOWS'], 'in', 'follows', 'agent')), ['follows', 'followers', 'Meg Ryan']],
    // A noun whose other side comes later: "how many followers does X have".
    ['how many followers does Meg Ryan have?', count(step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun')), ['followers', 'Meg Ryan', 'have']],
    ['who are the followers?', list(step({ kind: 'any' }, ['FOLLOWS'], 'in', 'followers', 'noun')), ['followers']],
    ['which people are followers of Meg Ryan?', list(and(label('Person', 'people'), step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun'))), ['people', 'followers', 'Meg Ryan']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });
});

describe('and, or, not, other', () => {
  const follows = (key: Key) => step(ent(key), ['FOLLOWS'], 'in', 'follows', 'agent');
  it.each<[string, Plan, string[]]>([
    ['who follows both Tom Hanks and Meg Ryan?', list(and(follows('tom'), follows('meg'))), ['follows', 'Tom Hanks', 'Meg Ryan']],
    ['who follows either Tom Hanks or Meg Ryan?', list(or(follows('tom'), follows('meg'))), ['follows', 'Tom Hanks', 'Meg Ryan']],
    ['who follows Tom Hanks except Meg Ryan?', list({ kind: 'minus', set: follows('tom'), minus: ent('meg') }), ['follows', 'Tom Hanks', 'Meg Ryan']],
    [
      'who acted in Apollo 13 and also directed Splash?',
      list(and(step(ent('apollo'), ['ACTED_IN'], 'in', 'acted in', 'agent'), step(ent('splash'), ['DIRECTED'], 'in', 'directed', 'agent'))),
      ['acted', 'Apollo 13', 'directed', 'Splash'],
    ],
    [
      'how many people follow Tom Hanks and act in Splash?',
      count(and(label('Person', 'people'), follows('tom'), step(ent('splash'), ['ACTED_IN'], 'in', 'acted in', 'agent'))),
      ['people', 'follow', 'Tom Hanks', 'act', 'Splash'],
    ],
    ['who follows Tom Hanks or Meg Ryan or Ron Howard?', list(or(follows('tom'), follows('meg'), follows('ron'))), ['follows', 'Tom Hanks', 'Meg Ryan', 'Ron Howard']],
    // Negated clauses take their set out of the head's.
    ['which people does Tom Hanks not follow?', list({ kind: 'minus', set: label('Person', 'people'), minus: step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient') }), ['people', 'Tom Hanks', 'follow']],
    ['which people never follow Tom Hanks?', list({ kind: 'minus', set: label('Person', 'people'), minus: follows('tom') }), ['people', 'follow', 'Tom Hanks']],
    ['which movies were not produced by Universal?', list({ kind: 'minus', set: label('Movie', 'movies'), minus: step(ent('univ'), ['PRODUCED_BY'], 'in', 'produced by', 'patient') }), ['movies', 'produced', 'Universal']],
    ['which people are not followers of Meg Ryan?', list({ kind: 'minus', set: label('Person', 'people'), minus: step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun') }), ['people', 'followers', 'Meg Ryan']],
    [
      'which previous leader of Universal follows Tom Hanks?',
      list(and(step(ent('univ'), ['LED'], 'in', 'leader', 'noun'), follows('tom'))),
      ['leader', 'Universal', 'follows', 'Tom Hanks'],
    ],
    // "other": the names of the question are not answers.
    ['which other people follow Tom Hanks?', list({ kind: 'minus', set: and(label('Person', 'people'), follows('tom')), minus: ent('tom') }), ['people', 'follow', 'Tom Hanks']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });
});

describe('superlatives and thresholds', () => {
  it.each<[string, Plan, string[]]>([
    ['which person acted in the most movies?', { kind: 'most', set: label('Person', 'person'), types: ['ACTED_IN'], direction: 'out', order: 'most', words: 'movies (acted in)', counted: 'Movie' }, ['person', 'acted', 'movies']],
    ['who has the most followers?', { kind: 'most', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'in', order: 'most', words: 'followers' }, ['has', 'followers']],
    ['who has the fewest followers?', { kind: 'most', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'in', order: 'fewest', words: 'followers' }, ['has', 'followers']],
    // A verb and a label: only neighbours of that label count.
    ['who follows the most people?', { kind: 'most', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'out', order: 'most', words: 'people (follows)', counted: 'Person' }, ['follows', 'people']],
    ['who has more than one follower?', list({ kind: 'degree', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'in', min: 1, words: 'follower' }), ['has', 'follower']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });

  it.each(['who has more followers?', 'who has more than many followers?', 'who is the most?'])('reads nothing for a comparison with no number or no noun: %s', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });

  it('counts past a number given in digits or words, and says back the noun it cannot count by', () => {
    const degree = (min: number): Plan => list({ kind: 'degree', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'out', min, words: 'follows' });
    expect(read('who follows more than 2 people?')).toEqual({ plan: degree(2), unused: ['people'], understood: ['follows', '2'], aboutWords: [] });
    expect(read('who follows more than two people?')).toEqual({ plan: degree(2), unused: ['people'], understood: ['follows', 'two'], aboutWords: [] });
  });
});

describe('yes / no', () => {
  it.each<[string, Plan, string[]]>([
    ['did Tom Hanks act in Apollo 13?', { kind: 'check', node: node('apollo'), set: step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient') }, ['Tom Hanks', 'act', 'Apollo 13']],
    ['does Tom Hanks follow Meg Ryan?', { kind: 'check', node: node('meg'), set: step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient') }, ['Tom Hanks', 'follow', 'Meg Ryan']],
    ['was Apollo 13 produced by Universal?', { kind: 'check', node: node('apollo'), set: step(ent('univ'), ['PRODUCED_BY'], 'in', 'produced by', 'patient') }, ['Apollo 13', 'produced', 'Universal']],
    ['is Tom Hanks followed by Meg Ryan?', { kind: 'check', node: node('tom'), set: step(ent('meg'), ['FOLLOWS'], 'out', 'follows', 'patient') }, ['Tom Hanks', 'followed', 'Meg Ryan']],
    ['do Tom Hanks and Meg Ryan work with each other?', { kind: 'check', node: node('tom'), set: step(ent('meg'), ['WORKS_WITH'], 'both', 'works with', 'agent') }, ['Tom Hanks', 'Meg Ryan', 'work']],
    ['is Tom Hanks a follower of Meg Ryan?', { kind: 'check', node: node('tom'), set: step(ent('meg'), ['FOLLOWS'], 'in', 'follower', 'noun') }, ['Tom Hanks', 'follower', 'Meg Ryan']],
    ["is Tom Hanks Meg Ryan's follower?", { kind: 'check', node: node('tom'), set: step(ent('meg'), ['FOLLOWS'], 'in', 'follower', 'noun') }, ['Tom Hanks', 'Meg Ryan', 'follower']],
    ['is Apollo 13 a movie of Universal?', { kind: 'check', node: node('apollo'), set: and(label('Movie', 'movie'), tiedTo(ent('univ'), 'movie')) }, ['Apollo 13', 'movie', 'Universal']],
    [
      'was Apollo 13 directed by the followers of Meg Ryan?',
      { kind: 'check', node: node('apollo'), set: step(step(ent('meg'), ['FOLLOWS'], 'in', 'followers', 'noun'), ['DIRECTED'], 'out', 'directed', 'patient') },
      ['Apollo 13', 'directed', 'followers', 'Meg Ryan'],
    ],
    [
      'does the leader of Universal follow Meg Ryan?',
      { kind: 'check', node: node('meg'), set: step(step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun'), ['FOLLOWS'], 'out', 'follows', 'patient') },
      ['leader', 'Universal', 'follow', 'Meg Ryan'],
    ],
    ['can Tom Hanks follow Meg Ryan?', { kind: 'check', node: node('meg'), set: step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient') }, ['Tom Hanks', 'follow', 'Meg Ryan']],
    ['is Tom Hanks now the leader of Universal?', { kind: 'check', node: node('tom'), set: step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun') }, ['Tom Hanks', 'leader', 'Universal']],
    ['is Tom Hanks currently the leader of Universal?', { kind: 'check', node: node('tom'), set: step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun') }, ['Tom Hanks', 'leader', 'Universal']],
    // "not" asks the same fact.
    ['is Tom Hanks not a follower of Meg Ryan?', { kind: 'check', node: node('tom'), set: step(ent('meg'), ['FOLLOWS'], 'in', 'follower', 'noun') }, ['Tom Hanks', 'follower', 'Meg Ryan']],
    ['is Tom Hanks still the leader of Universal?', { kind: 'check', node: node('tom'), set: step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun') }, ['Tom Hanks', 'leader', 'Universal']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });
});

describe('yes / no needs one named node to check', () => {
  it.each([
    'is the leader of Universal a movie?',
    'is the leader of Universal followed by Meg Ryan?',
    'does Tom Hanks follow the followers of Meg Ryan?',
    'do the followers of Meg Ryan and Tom Hanks work with each other?',
    'are the followers of Meg Ryan and Tom Hanks followers?',
    'is Tom Hanks owned by?',
    'does Tom Hanks?',
    'is Tom Hanks?',
    'are Tom Hanks and Meg Ryan Splash?',
    'who has more than?',
  ])('%s reads as no plan', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });

  it('filters the checked set by a time', () => {
    expect(read('did Tom Hanks act in Apollo 13 in 1995?').plan).toEqual({
      kind: 'check',
      node: node('apollo'),
      set: { kind: 'during', set: step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient'), time: expect.objectContaining({ label: '1995' }) },
    });
  });
});
