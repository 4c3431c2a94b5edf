// Ask's planner on the film graph: time ("what happened", "when", a time after any list), figures compared, what is
// said back as unused (joined across of / in / for / on / at; context words alone never), and more of the grammar
// (determiners, prepositions, a shared subject, skipped words, verb-or-noun words).
import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../server/ask/language/linking.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { Plan } from '../../server/ask/plan/types.ts';
import { and, count, ent, entry, index, label, list, node, read, step, tiedTo, vocabulary, type Key } from '../helpers/filmGraph.ts';

describe('time', () => {
  const june1995 = { from: '1995-06-01', to: '1995-07-01', label: 'June 1995', periods: ['1995-06'] };
  it('reads "what happened" as events, filtered by the time named', () => {
    const reading = read('what happened in June 1995?');
    expect(reading).toEqual({ plan: list({ kind: 'during', set: label('Event', 'events'), time: { ...june1995, start: 17, end: 26 } }), unused: [], understood: ['June 1995'], aboutWords: [] });
  });

  it('reads "what happened to X" as the events tied to X', () => {
    const { plan } = read('what happened to Tom Hanks in 1995?');
    expect(plan).toMatchObject(list({ kind: 'during', set: and(label('Event', 'events'), tiedTo(ent('tom'), 'events')), time: expect.objectContaining({ from: '1995-01-01', to: '1996-01-01', label: '1995' }) }));
  });

  it('filters any list by a time, with or without its preposition', () => {
    for (const question of ['which movies did Tom Hanks act in during 1995?', 'which movies did Tom Hanks act in in 1995?']) {
      const reading = read(question);
      expect(reading.unused).toEqual([]);
      expect(reading.plan).toMatchObject(list({ kind: 'during', set: and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')), time: expect.objectContaining({ label: '1995' }) }));
    }
  });

  it('reads "when" as the dated nodes tied to the names, the other words tried against their text', () => {
    expect(read('when was the Oscar?')).toEqual({ plan: { kind: 'when', set: { kind: 'about', nodes: [node('oscar')], label: 'Event', words: [] } }, unused: [], understood: ['Oscar'], aboutWords: [] });
    const taking = read('when did Tom Hanks take part in the Oscar?');
    expect(taking.plan).toEqual({ kind: 'when', set: { kind: 'about', nodes: [node('tom'), node('oscar')], label: 'Event', words: ['tak', 'part', 'in'] } });
    expect(taking.aboutWords).toEqual(['tak', 'part', 'in']);
    expect(taking.unused).toEqual(['take part in']);
    expect(read('when did Tom Hanks and Meg Ryan work together?')).toEqual({
      plan: { kind: 'when', set: { kind: 'about', nodes: [node('tom'), node('meg')], label: 'Event', words: ['work', 'together'] } },
      unused: ['work together'],
      understood: ['Tom Hanks', 'Meg Ryan'],
      aboutWords: ['work', 'together'],
    });
    // A stem of three letters is a word to try; a name that fits several nodes is left out, not asked about.
    expect(read('when did Tom Hanks win the Oscar?')).toEqual({
      plan: { kind: 'when', set: { kind: 'about', nodes: [node('tom'), node('oscar')], label: 'Event', words: ['win'] } },
      unused: ['win'],
      understood: ['Tom Hanks', 'Oscar'],
      aboutWords: ['win'],
    });
    const twins = new EntityIndex([entry('tom'), { ...entry('meg'), id: 'id-tom-2', name: 'Tom Hanks' }, entry('oscar')]);
    const result = readPlan('when did Tom Hanks win the Oscar?', twins, vocabulary);
    expect(result && 'reading' in result ? result.reading.plan : result).toEqual({ kind: 'when', set: { kind: 'about', nodes: [node('oscar')], label: 'Event', words: ['win'] } });
    expect(read('when did the Oscar take place?').plan).toEqual({ kind: 'when', set: { kind: 'about', nodes: [node('oscar')], label: 'Event', words: [] } });
  });
});

describe('figures compared', () => {
  it('reads the metric’s words, the period and the order', () => {
    const reading = read('who posted more ticket sales in Q4 2019, Apollo 13 or Splash?');
    expect(reading.plan).toMatchObject({ kind: 'compare', nodes: [node('apollo'), node('splash')], metric: ['ticket', 'sal'], order: 'more', time: expect.objectContaining({ label: 'Q4 2019' }) });
    expect(reading.unused).toEqual([]);
    // "new" is a stop word, but a word of a metric.
    expect(read('who had more new ticket sales, Apollo 13 or Splash?')).toEqual({
      plan: { kind: 'compare', nodes: [node('apollo'), node('splash')], metric: ['new', 'ticket', 'sal'], time: undefined, order: 'more' },
      unused: ['had'],
      understood: ['new', 'ticket', 'sales', 'Apollo 13', 'Splash'],
      aboutWords: [],
    });
    expect(read('who had lower ticket sales, Apollo 13 or Splash?').plan).toEqual({ kind: 'compare', nodes: [node('apollo'), node('splash')], metric: ['ticket', 'sal'], time: undefined, order: 'less' });
  });
});

describe('figures compared: the order, the period and the two names', () => {
  const compare = (order: 'more' | 'less', metric: string[]) => ({ kind: 'compare', nodes: [node('apollo'), node('splash')], metric, order });
  it.each<[string, object, string | undefined]>([
    ['who had the most ticket sales, Apollo 13 or Splash?', compare('more', ['ticket', 'sal']), undefined],
    ['which had higher box office revenue, Apollo 13 or Splash?', compare('more', ['box', 'offic', 'revenu']), undefined],
    ['who had fewer ticket sales during 2019, Apollo 13 or Splash?', compare('less', ['ticket', 'sal']), '2019'],
    ['who had smaller box office revenue for 2019, Apollo 13 or Splash?', compare('less', ['box', 'offic', 'revenu']), '2019'],
    // A filler after the names does not hide them.
    ['who had more ticket sales, Apollo 13 or Splash then?', compare('more', ['ticket', 'sal']), undefined],
  ])('%s', (question, plan, time) => {
    const reading = read(question);
    expect(reading.plan).toEqual({ ...plan, time: time ? expect.objectContaining({ label: time }) : undefined });
    expect(reading.unused).toEqual(['had']);
  });

  it('reads the period wherever it stands, and a word after it is still said back', () => {
    expect(read('2019, who had more ticket sales, Apollo 13 or Splash?')).toMatchObject({ plan: { kind: 'compare', time: expect.objectContaining({ label: '2019' }) }, unused: ['had'] });
    expect(read('who had more ticket sales in 2019 cheaply, Apollo 13 or Splash?')).toMatchObject({ plan: { kind: 'compare', time: expect.objectContaining({ label: '2019' }) }, unused: ['had', 'cheaply'] });
    expect(read('more ticket sales: Apollo 13 or Splash?')).toEqual({ plan: { kind: 'compare', nodes: [node('apollo'), node('splash')], metric: ['ticket', 'sal'], time: undefined, order: 'more' }, unused: [], understood: ['ticket', 'sales', 'Apollo 13', 'Splash'], aboutWords: [] });
  });

  it('compares only two names, and only by a metric the graph has', () => {
    expect(readPlan('ticket sales of Apollo 13 or Splash?', index, vocabulary)).toBeUndefined();
    expect(readPlan('when did it happen?', index, vocabulary)).toBeUndefined();
    expect(readPlan('who had more ticket sales, Apollo 13 or movies?', index, vocabulary)).toBeUndefined();
    expect(readPlan('who had more fans, Apollo 13 or Splash?', index, vocabulary)).toBeUndefined();
  });
});

describe('what is said back', () => {
  it('says back the content words it could not use, and never the context words alone', () => {
    const movies = list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')));
    expect(read('which movies did Tom Hanks act in with great fanfare of the crowd?')).toMatchObject({ plan: movies, unused: ['great fanfare', 'crowd'] });
    expect(read('which movies in the database did Tom Hanks act in?')).toMatchObject({ plan: movies, unused: [] });
    // A context word with a content word is said back whole.
    expect(read('which movies did Tom Hanks act in with online fanfare?')).toMatchObject({ plan: movies, unused: ['online fanfare'] });
  });

  it('keeps a possessive after a time apart from the time', () => {
    expect(read("which movies did Tom Hanks act in 1995's summer?")).toMatchObject({
      plan: list({ kind: 'during', set: and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')), time: expect.objectContaining({ label: '1995' }) }),
      unused: ['summer'],
    });
    // "when" leaves times to the answer's dates: said back, on either side of the possessive.
    expect(read("when was the Oscar in 1995's spring?")).toMatchObject({ plan: { kind: 'when', set: { kind: 'about', nodes: [node('oscar')], label: 'Event', words: ['spr'] } }, unused: ['1995', 'spring'] });
  });

  it.each([
    ['fans of cinema', ['fans of cinema']],
    ['fans in town', ['fans in town']],
    ['fans for cinema', ['fans for cinema']],
    ['fans on holiday', ['fans on holiday']],
    ['fans at home', ['fans at home']],
    // "by" does not join.
    ['fans by design', ['fans', 'design']],
  ])('says back "%s" as %j: unused words joined across of / in / for / on / at', (words, unused) => {
    expect(read(`which movies did Tom Hanks act in with ${words}?`).unused).toEqual(unused);
  });

  it('asks which one when a name the plan uses fits several nodes', () => {
    const twins = new EntityIndex([entry('tom'), { ...entry('meg'), id: 'id-tom-2', name: 'Tom Hanks' }, entry('splash')]);
    const result = readPlan('who follows Tom Hanks?', twins, vocabulary);
    expect(result && 'ambiguous' in result ? result.ambiguous.candidates.map((c) => c.id) : result).toEqual(['id-tom', 'id-tom-2']);
  });

  it('does not ask which one when the catalog lists one node twice', () => {
    const twice = new EntityIndex([entry('tom'), { ...entry('tom'), aliases: ['Hanks'] }, entry('meg')]);
    expect(readPlan('who follows Tom Hanks?', twice, vocabulary)).toEqual({
      reading: { plan: list(step(ent('tom'), ['FOLLOWS'], 'in', 'follows', 'agent')), unused: [], understood: ['follows', 'Tom Hanks'], aboutWords: [] },
    });
  });

  it('reads nothing in a question with no words', () => {
    expect(readPlan('?!', index, vocabulary)).toBeUndefined();
  });
});


describe('more of the grammar: determiners, prepositions, shared subjects, skipped words, counts, time words', () => {
  const follows = (key: Key) => step(ent(key), ['FOLLOWS'], 'in', 'follows', 'agent');
  const actedBy = (key: Key) => step(ent(key), ['ACTED_IN'], 'out', 'acted in', 'patient');
  it.each<[string, Plan, string[]]>([
    ['all followers of Tom Hanks', list(step(ent('tom'), ['FOLLOWS'], 'in', 'followers', 'noun')), []],
    ['movies from Imagine Films', list(and(label('Movie', 'movies'), tiedTo(ent('imagine'), 'movies'))), []],
    ['movies by Ron Howard', list(and(label('Movie', 'movies'), tiedTo(ent('ron'), 'movies'))), []],
    ['the movies that Tom Hanks acted in', list(and(label('Movie', 'movies'), actedBy('tom'))), []],
    ['who is currently following Tom Hanks?', list(follows('tom')), []],
    ['who is still following Tom Hanks?', list(follows('tom')), []],
    ['who is now following Tom Hanks?', list(follows('tom')), []],
    ['which people are not following Tom Hanks?', list({ kind: 'minus', set: label('Person', 'people'), minus: follows('tom') }), []],
    // A passive over names joined by "or": any of them.
    [
      'which movies were directed by Ron Howard or Tom Hanks?',
      list(and(label('Movie', 'movies'), { kind: 'or', sets: [step(ent('ron'), ['DIRECTED'], 'out', 'directed', 'patient'), step(ent('tom'), ['DIRECTED'], 'out', 'directed', 'patient')] })),
      [],
    ],
    // A participle in "-ed" after "be" is passive with any particle, not only "by".
    ['which movies were produced with Universal?', list(and(label('Movie', 'movies'), step(ent('univ'), ['PRODUCED_BY'], 'in', 'produced by', 'patient'))), []],
    // A passive with no agent is said back.
    ['which movies were directed by?', list(label('Movie', 'movies')), ['directed']],
    // The second verb shares the first clause's subject.
    ['which movies did Tom Hanks act in and also direct?', list(and(label('Movie', 'movies'), actedBy('tom'), step(ent('tom'), ['DIRECTED'], 'out', 'directed', 'patient'))), []],
    ['who follows Tom Hanks, not Meg Ryan?', list({ kind: 'minus', set: follows('tom'), minus: ent('meg') }), []],
    // Words it cannot read are said back, and the clause after them is still read.
    ['which people living abroad follow Tom Hanks?', list(and(label('Person', 'people'), follows('tom'))), ['living abroad']],
    ['count of movies', count(label('Movie', 'movies')), []],
    // A relative pronoun before the clause.
    ['which people that follow Tom Hanks?', list(and(label('Person', 'people'), follows('tom'))), []],
    ['people who follow Tom Hanks', list(and(label('Person', 'people'), follows('tom'))), []],
    // A second clause with no joining word is said back, not guessed into the plan.
    ['who follows Tom Hanks directed Splash?', list(follows('tom')), ['directed Splash']],
    // "does X" with no verb and no "have" is no clause: the name is said back.
    ['which movies does Tom Hanks?', list(label('Movie', 'movies')), ['Tom Hanks']],
    // A verb followed by "by" is passive, with no "be" before it.
    ['movies directed by Ron Howard', list(and(label('Movie', 'movies'), step(ent('ron'), ['DIRECTED'], 'out', 'directed', 'patient'))), []],
    // "nt" (a "not" typed without its apostrophe) is a negation.
    ['which people does Tom Hanks nt follow?', list({ kind: 'minus', set: label('Person', 'people'), minus: step(ent('tom'), ['FOLLOWS'], 'out', 'follows', 'patient') }), []],
    // Numbers of several digits.
    ['who follows more than 10 people?', list({ kind: 'degree', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'out', min: 10, words: 'follows' }), ['people']],
    // A word that is a noun and a verb: passive ("headed by"), or before "both" / "either", it is the verb.
    ['which studios are headed by Tom Hanks?', list(and(label('Studio', 'studios'), step(ent('tom'), ['LEADS'], 'out', 'leads', 'patient'))), []],
    ['who heads either Universal or Imagine Films?', list({ kind: 'or', sets: [step(ent('univ'), ['LEADS'], 'in', 'leads', 'agent'), step(ent('imagine'), ['LEADS'], 'in', 'leads', 'agent')] }), []],
    ['who heads both Universal and Imagine Films?', list(and(step(ent('univ'), ['LEADS'], 'in', 'leads', 'agent'), step(ent('imagine'), ['LEADS'], 'in', 'leads', 'agent'))), []],
    // A label "of" a time: the time filters the label.
    ["Tom Hanks's followers of 1995", list({ kind: 'during', set: step(ent('tom'), ['FOLLOWS'], 'in', 'followers', 'noun'), time: expect.objectContaining({ label: '1995' }) }), []],
    // A possessive with nothing after it is the name alone.
    ["what is Tom Hanks's?", list(ent('tom')), []],
    ['which movies exist?', list(label('Movie', 'movies')), []],
    ['how many movies exist?', count(label('Movie', 'movies')), []],
    ['what movies are there?', list(label('Movie', 'movies')), []],
    ['what are the movies?', list(label('Movie', 'movies')), []],
    // "other" with no name to leave out changes nothing.
    ['which other movies exist?', list(label('Movie', 'movies')), []],
    ['what happened with Tom Hanks?', list(and(label('Event', 'events'), tiedTo(ent('tom'), 'events'))), []],
    ['what happened for Meg Ryan?', list(and(label('Event', 'events'), tiedTo(ent('meg'), 'events'))), []],
    ['what happened in Universal?', list(and(label('Event', 'events'), tiedTo(ent('univ'), 'events'))), []],
  ])('%s', (question, plan, unused) => {
    expect(read(question)).toMatchObject({ plan, unused });
  });

  it.each(['on 9 October 1995', 'at 2019', 'over 2019', 'during 2019', 'in 2019'])('filters by a time after "%s", the preposition with it', (time) => {
    const reading = read(`which movies did Tom Hanks act in ${time}?`);
    expect(reading.plan).toEqual(list({ kind: 'during', set: and(label('Movie', 'movies'), actedBy('tom')), time: expect.objectContaining({ label: time.split(' ').slice(1).join(' ') }) }));
    expect(reading.unused).toEqual([]);
  });

  it('reads "what happened at X in T" as the events tied to X in T', () => {
    const { plan, unused } = read('what happened at Universal in 1995?');
    expect({ plan, unused }).toEqual({ plan: list({ kind: 'during', set: and(label('Event', 'events'), tiedTo(ent('univ'), 'events')), time: expect.objectContaining({ label: '1995' }) }), unused: [] });
    expect(read('what took place in June 1995?').plan).toEqual(list({ kind: 'during', set: label('Event', 'events'), time: expect.objectContaining({ label: 'June 1995' }) }));
  });

  it.each<[string, Plan]>([
    // A word that is a verb and a noun: the verb before a name, the noun before "of".
    ['who heads Universal?', list(step(ent('univ'), ['LEADS'], 'in', 'leads', 'agent'))],
    ['who is the head of Universal?', list(step(ent('univ'), ['LEADS'], 'in', 'head', 'noun'))],
    ['is Tom Hanks a movie?', { kind: 'check', node: node('tom'), set: label('Movie', 'movie') }],
    ['who follows the most?', { kind: 'most', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'out', order: 'most', words: 'follows' }],
    ['which person has the least followers?', { kind: 'most', set: label('Person', 'person'), types: ['FOLLOWS'], direction: 'in', order: 'fewest', words: 'followers' }],
  ])('%s', (question, plan) => {
    expect(read(question)).toMatchObject({ plan, unused: [] });
  });

  it('filters a threshold by a time', () => {
    expect(read('who has more than 3 followers in 1995?')).toMatchObject({
      plan: list({ kind: 'during', set: { kind: 'degree', set: { kind: 'any' }, types: ['FOLLOWS'], direction: 'in', min: 3, words: 'followers' }, time: expect.objectContaining({ label: '1995' }) }),
      unused: [],
    });
  });

  it.each(['who follows more than x3 people?', 'who follows more than 3x people?'])('reads a word with digits in it as no number: %s', (question) => {
    expect(readPlan(question, index, vocabulary)).toBeUndefined();
  });

  it('reads nothing for a "how" that is not "how many"', () => {
    expect(readPlan('how did Tom Hanks follow Meg Ryan?', index, vocabulary)).toBeUndefined();
  });
});
