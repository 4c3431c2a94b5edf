// Ask's planner, question by question: the exact plan each question form reads into (sets, types, directions,
// roles, words), what it says back as unused and what as understood. On a film graph the seed never had (people,
// movies, studios, followers; types ACTED_IN, DIRECTED, FOLLOWS, PRODUCED_BY, WORKS_WITH, …), so the planner is
// tested on the graph's own words, not on the article's.
import { describe, expect, it } from 'vitest';
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
type Key = keyof typeof NAMES;
const LABEL_OF: Record<Key, string> = { tom: 'Person', meg: 'Person', ron: 'Person', apollo: 'Movie', splash: 'Movie', drama: 'Genre', imagine: 'Studio', oscar: 'Award', univ: 'Studio' };

const entry = (key: Key): CatalogEntry => ({ id: `id-${key}`, key, name: NAMES[key], labels: [LABEL_OF[key]], aliases: [] });
const index = new EntityIndex((Object.keys(NAMES) as Key[]).map(entry));
export const FILM_TOKENS = {
  labels: ['Person', 'Movie', 'Genre', 'Studio', 'Award', 'Event', 'OrgUnit'],
  types: ['ACTED_IN', 'DIRECTED', 'FOLLOWS', 'IN_GENRE', 'PRODUCED_BY', 'WORKS_WITH', 'WON', 'OWNS', 'LEADS', 'LED', 'PARTICIPATED_IN', 'CURRENT_ADDRESS', 'REPORTED'],
  propertyKeys: ['name', 'released'],
};
const vocabulary = buildVocabulary(FILM_TOKENS, ['new ticket sales', 'box office revenue']);

// The plan language, written out.
const node = (key: Key) => ({ id: `id-${key}`, name: NAMES[key] });
const ent = (key: Key): NodeSet => ({ kind: 'entity', node: node(key) });
const label = (name: string, noun: string): NodeSet => ({ kind: 'label', label: name, noun });
const step = (from: NodeSet, types: string[], direction: Direction, words: string, role: StepRole): NodeSet => ({ kind: 'step', from, types, direction, words, role });
const tiedTo = (from: NodeSet, words: string): NodeSet => step(from, [], 'both', words, 'any');
const and = (...sets: NodeSet[]): NodeSet => ({ kind: 'and', sets });
const or = (...sets: NodeSet[]): NodeSet => ({ kind: 'or', sets });
const list = (set: NodeSet): Plan => ({ kind: 'list', set });
const count = (set: NodeSet): Plan => ({ kind: 'count', set });

function read(question: string) {
  const result = readPlan(question, index, vocabulary);
  if (!result || !('reading' in result)) throw new Error(`no reading of ${question}`);
  return result.reading;
}

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
    ['is Tom Hanks still the leader of Universal?', { kind: 'check', node: node('tom'), set: step(ent('univ'), ['LEADS'], 'in', 'leader', 'noun') }, ['Tom Hanks', 'leader', 'Universal']],
  ])('%s', (question, plan, understood) => {
    expect(read(question)).toEqual({ plan, unused: [], understood, aboutWords: [] });
  });
});

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

describe('what is said back', () => {
  it('says back the content words it could not use, and never the context words alone', () => {
    const movies = list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')));
    expect(read('which movies did Tom Hanks act in with great fanfare of the crowd?')).toMatchObject({ plan: movies, unused: ['great fanfare', 'crowd'] });
    expect(read('which movies in the database did Tom Hanks act in?')).toMatchObject({ plan: movies, unused: [] });
    // A context word with a content word is said back whole.
    expect(read('which movies did Tom Hanks act in with online fanfare?')).toMatchObject({ plan: movies, unused: ['online fanfare'] });
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

describe('a word that names several relationships, or a verb read as a participle', () => {
  // A review graph: REVIEWED and REVIEWED_BY share the verb; PART_OF and HAS_PART the noun "part".
  const reviews = buildVocabulary({ labels: ['Person', 'Paper', 'Machine'], types: ['REVIEWED', 'REVIEWED_BY', 'PART_OF', 'HAS_PART', 'KNOWS', 'WORKS_WITH'], propertyKeys: ['name'] }, []);
  const people = new EntityIndex([
    { id: 'id-ada', key: 'ada', name: 'Ada', labels: ['Person'], aliases: [] },
    { id: 'id-bob', key: 'bob', name: 'Bob', labels: ['Person'], aliases: [] },
    { id: 'id-paper', key: 'paper', name: 'Paper One', labels: ['Paper'], aliases: [] },
    { id: 'id-engine', key: 'engine', name: 'Engine', labels: ['Machine'], aliases: [] },
  ]);
  const named = (id: string, name: string): NodeSet => ({ kind: 'entity', node: { id, name } });
  const plan = (question: string) => {
    const result = readPlan(question, people, reviews);
    return result && 'reading' in result ? result.reading.plan : result;
  };

  it('says back a label noun it could not use, even a context word, alone or with another', () => {
    const knowsAda = list(step(named('id-ada', 'Ada'), ['KNOWS'], 'in', 'knows', 'agent'));
    const markets = buildVocabulary({ labels: ['Person', 'Market'], types: ['KNOWS'], propertyKeys: [] }, []);
    const reading = (question: string) => {
      const result = readPlan(question, people, markets);
      return result && 'reading' in result ? { plan: result.reading.plan, unused: result.reading.unused } : result;
    };
    expect(reading('who knows Ada in the market?')).toEqual({ plan: knowsAda, unused: ['market'] });
    expect(reading('who knows Ada in the online market?')).toEqual({ plan: knowsAda, unused: ['online market'] });
  });

  it.each<[string, Plan]>([
    // The first reading only: not REVIEWED_BY, read from its other end.
    ['who reviewed Paper One?', list(step(named('id-paper', 'Paper One'), ['REVIEWED'], 'in', 'reviewed', 'agent'))],
    // The start of PART_OF, not the end of HAS_PART.
    ['parts of Engine', list(step(named('id-engine', 'Engine'), ['PART_OF'], 'in', 'parts', 'noun'))],
    // "known to": a participle without "by" is still passive.
    ['which people are known to Ada?', list(and(label('Person', 'people'), step(named('id-ada', 'Ada'), ['KNOWS'], 'out', 'knows', 'patient')))],
    // A relation read both ways, from either side.
    ['what does Ada work with?', list(step(named('id-ada', 'Ada'), ['WORKS_WITH'], 'both', 'works with', 'agent'))],
    ['does Ada work with Bob?', { kind: 'check', node: { id: 'id-bob', name: 'Bob' }, set: step(named('id-ada', 'Ada'), ['WORKS_WITH'], 'both', 'works with', 'agent') }],
    // "have" with no relation of that name: whatever the subject is tied to.
    ['what does Ada have?', list({ kind: 'step', from: named('id-ada', 'Ada'), types: [], direction: 'both', words: 'what it has', role: 'any' })],
    // "are A and B reviewers": of each other, either way.
    ['are Ada and Bob reviewers?', { kind: 'check', node: { id: 'id-ada', name: 'Ada' }, set: step(named('id-bob', 'Bob'), ['REVIEWED'], 'both', 'reviewed', 'agent') }],
  ])('%s', (question, expected) => {
    expect(plan(question)).toEqual(expected);
  });
});

describe('nouns of a relation: strong, weak and multi-word', () => {
  // A retail graph: OWNS (with its known nouns) and SELLS.
  const retail = buildVocabulary({ labels: ['Company', 'Product'], types: ['OWNS', 'SELLS'], propertyKeys: ['name'] }, []);
  const companies = new EntityIndex([
    { id: 'id-acme', key: 'acme', name: 'Acme', labels: ['Company'], aliases: [] },
    { id: 'id-widget', key: 'widget', name: 'Widget', labels: ['Product'], aliases: [] },
  ]);
  const acme: NodeSet = { kind: 'entity', node: { id: 'id-acme', name: 'Acme' } };
  const plan = (question: string) => {
    const result = readPlan(question, companies, retail);
    return result && 'reading' in result ? { plan: result.reading.plan, unused: result.reading.unused } : result;
  };

  it.each<[string, Plan]>([
    // A weak noun ("products" of an owner) keeps to the label it names when the graph has one …
    ["Acme's products", list(and(step(acme, ['OWNS'], 'out', 'products', 'noun'), label('Product', 'products')))],
    // … and is the relation alone when it has none.
    ["Acme's brands", list(step(acme, ['OWNS'], 'out', 'brands', 'noun'))],
    ["Acme's subsidiaries", list(step(acme, ['OWNS'], 'out', 'subsidiaries', 'noun'))],
    ['who is the parent company of Acme?', list(step(acme, ['OWNS'], 'in', 'parent company', 'noun'))],
    ["Acme's sellers", list(step(acme, ['SELLS'], 'in', 'sellers', 'noun'))],
    // The noun's other side named later: "how many subsidiaries does Acme own".
    ['how many subsidiaries does Acme own?', count(step(acme, ['OWNS'], 'out', 'subsidiaries', 'noun'))],
    ['which company owns the most products?', { kind: 'most', set: label('Company', 'company'), types: ['OWNS'], direction: 'out', order: 'most', words: 'products' }],
  ])('%s', (question, expected) => {
    expect(plan(question)).toEqual({ plan: expected, unused: [] });
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
    // The second verb shares the first clause's subject.
    ['which movies did Tom Hanks act in and also direct?', list(and(label('Movie', 'movies'), actedBy('tom'), step(ent('tom'), ['DIRECTED'], 'out', 'directed', 'patient'))), []],
    ['who follows Tom Hanks, not Meg Ryan?', list({ kind: 'minus', set: follows('tom'), minus: ent('meg') }), []],
    // Words it cannot read are said back, and the clause after them is still read.
    ['which people living abroad follow Tom Hanks?', list(and(label('Person', 'people'), follows('tom'))), ['living abroad']],
    ['count of movies', count(label('Movie', 'movies')), []],
    ['which movies exist?', list(label('Movie', 'movies')), []],
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

  it('reads nothing for a "how" that is not "how many"', () => {
    expect(readPlan('how did Tom Hanks follow Meg Ryan?', index, vocabulary)).toBeUndefined();
  });
});
