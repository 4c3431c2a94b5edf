// Ask's planner, the graph's words: each relationship type read as the exact verbs and nouns it gives (plain verbs,
// types read from their end, *_WITH read both ways, noun types, X_OF types, the few known synonyms), labels as
// nouns, the evidence layer left out, figures' metric words; and the stemmer that makes a word's forms meet.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, labelNounOf, relationOf, type Relation } from '../../server/ask/plan/vocabulary.ts';
import { relation } from '../helpers/relation.ts';
import { agentStemOf, stemOf } from '../../server/ask/plan/words.ts';


describe('relationship types as words', () => {
  it.each<[string, Relation]>([
    ['SUPPLIES', relation('SUPPLIES', 'supplies', ['suppli'])],
    ['ACTED_IN', relation('ACTED_IN', 'acted in', ['act'])],
    ['RATED', relation('RATED', 'rated', ['rat'])],
    ['MARRIED_TO', relation('MARRIED_TO', 'married to', ['marri'])],
    ['INVESTIGATED_BY', relation('INVESTIGATED_BY', 'investigated by', ['investigat'], { activeFromEnd: true })],
    ['WORKS_WITH', relation('WORKS_WITH', 'works with', ['work'], { symmetric: true })],
    ['PLAYED_ROLE_IN', relation('PLAYED_ROLE_IN', 'played role in', ['plai', 'rol'], { verbPhrases: [['plai', 'rol']] })],
    // Noun types: the end node is "the category of X", "the genre of X".
    ['HAS_CATEGORY', relation('HAS_CATEGORY', 'has category', ['categori'], { patientNouns: new Set(['categori']) })],
    ['HAS__TAG', relation('HAS__TAG', 'has tag', ['tag'], { patientNouns: new Set(['tag']) })],
    ['IN_GENRE', relation('IN_GENRE', 'in genre', ['genr'], { patientNouns: new Set(['genr']) })],
    // X_OF: the start node is "a part of Y".
    ['PART_OF', relation('PART_OF', 'part of', ['part'], { agentNouns: new Set(['part']) })],
    // Known synonyms, only for the type they belong to.
    [
      'CURRENT_ADDRESS',
      relation('CURRENT_ADDRESS', 'current address', ['address'], { verbPhrases: [['liv', 'at'], ['liv', 'in'], ['resid', 'at'], ['resid', 'in'], ['stai', 'at']], patientNouns: new Set(['address']) }),
    ],
    ['SELLS', relation('SELLS', 'sells', ['offer', 'carri', 'sell'], { agentNouns: new Set(['seller', 'vendor', 'retailer']) })],
    ['KNOWS', relation('KNOWS', 'knows', ['know'], { agentNouns: new Set(['acquaintanc', 'friend', 'contact']) })],
    ['PARTICIPATED_IN', relation('PARTICIPATED_IN', 'participated in', ['join', 'participat'], { verbPhrases: [['tak', 'part', 'in']], agentNouns: new Set(['participant']) })],
    ['REPORTED_ON', relation('REPORTED_ON', 'reported on', ['report', 'cover'], { verbPhrases: [['writ', 'about']], agentNouns: new Set(['reporter', 'sourc']) })],
    ['REPORTED', relation('REPORTED', 'reported', ['add', 'post', 'announc', 'publish', 'record', 'report'])],
    ['MANAGES', relation('MANAGES', 'manages', ['run', 'overse', 'operat', 'manag'])],
    ['INVESTED_IN', relation('INVESTED_IN', 'invested in', ['back', 'fund', 'invest'], { agentNouns: new Set(['investor', 'shareholder']) })],
  ])('%s', (type, expected) => {
    expect(relationOf(type)).toEqual(expected);
  });

  it('reads a type in the past and with a phrase of its own from its synonyms', () => {
    const led = relationOf('LED');
    expect([led.past, led.phrase, led.verbs.has('lead'), led.agentNouns.has('leader'), led.agentNounPhrases]).toEqual([true, 'led', true, true, [['chief', 'executiv', 'officer'], ['chief', 'executiv']]]);
    expect([relationOf('LEADS').past, relationOf('OWNS').phrase, relationOf('OWNS').verbs.has('hav'), relationOf('COMPETES_WITH').symmetric]).toEqual([false, 'owns', true, true]);
  });
});

/** Irregular forms and the word they are a form of: each meets its word's stem. */
const IRREGULAR_FORMS: [string, string][] = [
  ['led', 'lead'], ['ran', 'run'], ['took', 'take'], ['taken', 'take'], ['taking', 'take'], ['came', 'come'], ['bought', 'buy'], ['held', 'hold'],
  ['was', 'be'], ['were', 'be'], ['is', 'be'], ['are', 'be'], ['am', 'be'], ['been', 'be'], ['did', 'do'], ['does', 'do'], ['done', 'do'],
  ['has', 'have'], ['had', 'have'], ['knew', 'know'], ['known', 'know'], ['wrote', 'write'], ['written', 'write'], ['people', 'person'],
  ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['won', 'win'], ['grew', 'grow'], ['made', 'make'], ['sold', 'sell'], ['said', 'say'],
  ['went', 'go'], ['gone', 'go'], ['began', 'begin'], ['fought', 'fight'], ['paid', 'pay'], ['met', 'meet'], ['lives', 'live'], ['lived', 'live'],
  ['living', 'live'],
];

describe('irregular forms', () => {
  it.each(IRREGULAR_FORMS)('%s is a form of %s', (form, word) => {
    expect(stemOf(form)).toBe(stemOf(word));
  });
});

describe('labels as nouns', () => {
  it.each<[string, string[]]>([
    ['OrgUnit', ['org unit', 'orgunit']],
    ['Crime_Scene', ['crim scen', 'crimescen']],
    ['Person', ['person']],
    ['URL', ['url']],
  ])('%s', (label, stems) => {
    expect(labelNounOf(label)).toEqual({ label, stems: new Set(stems) });
  });
});

describe('a graph’s vocabulary', () => {
  it('leaves out the evidence layer and the Entity label, and keeps the metric words of two letters or more', () => {
    const vocabulary = buildVocabulary({ labels: ['Entity', 'Document', 'Sentence', 'Person'], types: ['MENTIONED_IN', 'HAS_SENTENCE', 'KNOWS'], propertyKeys: ['name', 'age'] }, ['New active buyers', 'GMV (Q4)', 'a-b']);
    expect(vocabulary).toEqual({
      relations: [relationOf('KNOWS')],
      labels: [labelNounOf('Person')],
      propertyKeys: new Set(['name', 'age']),
      metricStems: new Set(['new', 'activ', 'buyer', 'gmv', 'q4']),
    });
  });
});

describe('stems', () => {
  it.each([
    ['supplies', 'suppli'], ['supplied', 'suppli'], ['supplying', 'suppli'], ['supply', 'suppli'], ['boxes', 'box'], ['wishes', 'wish'], ['churches', 'church'],
    ['buzzes', 'buzz'], ['running', 'run'], ['stopped', 'stop'], ['agreed', 'agreed'], ['needed', 'need'], ['dogs', 'dog'], ['glass', 'glass'], ['status', 'status'],
    ['analysis', 'analysis'], ['the', 'the'], ['was', 'be'], ['people', 'person'], ['cities', 'citi'], ['tied', 'tied'], ['dies', 'die'], ['sing', 'sing'],
    ['bring', 'bring'], ['fed', 'fed'], ['filled', 'fill'], ['kissed', 'kiss'], ['buzzed', 'buzz'], ['happy', 'happi'], ['make', 'mak'], ['tree', 'tre'],
    ['staying', 'stai'], ['Taking', 'tak'], ['OWNERS', 'owner'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it.each([
    ['supplier', 'suppli'], ['suppliers', 'suppli'], ['actor', 'act'], ['producer', 'produc'], ['winner', 'win'], ['owners', 'own'], ['beggar', 'beg'], ['caller', 'call'],
    ['user', undefined], ['or', undefined], ['liar', undefined], ['boss', undefined],
  ])('agent noun %s → verb stem %s', (word, stem) => {
    expect(agentStemOf(word)).toBe(stem);
  });
});
