// Ask's planner, more of the graph's types as words: the function words a type's name is built with ("IS_MEMBER_OF",
// "WAS_BORN_IN", "SERVES_AS", "PRIMARY_CONTACT") are never verbs or nouns of it, and each type with known English
// (succession, traffic, leadership, ownership, partners, rivals) gets exactly those words, read from the concepts.
import { describe, expect, it } from 'vitest';
import { buildVocabulary, labelNounOf, relationOf, type Relation } from '../../server/ask/plan/vocabulary.ts';
import { relation } from '../helpers/relation.ts';


describe('function words in a type’s name', () => {
  it.each<[string, Relation]>([
    ['IS_MEMBER_OF', relation('IS_MEMBER_OF', 'is member of', ['member'], { agentNouns: new Set(['member']) })],
    ['WAS_BORN_IN', relation('WAS_BORN_IN', 'was born in', ['born'])],
    ['LOCATED_AT', relation('LOCATED_AT', 'located at', ['locat'])],
    ['WORKS_FOR', relation('WORKS_FOR', 'works for', ['work'])],
    ['DERIVED_FROM', relation('DERIVED_FROM', 'derived from', ['deriv'])],
    ['HAVE_MEMBER', relation('HAVE_MEMBER', 'have member', ['member'], { patientNouns: new Set(['member']) })],
    ['SERVES_AS', relation('SERVES_AS', 'serves as', ['serv'])],
    ['PRIMARY_CONTACT', relation('PRIMARY_CONTACT', 'primary contact', ['contact'], { patientNouns: new Set(['contact']) })],
    ['IN_THE_CAST', relation('IN_THE_CAST', 'in the cast', ['cast'], { patientNouns: new Set(['cast']) })],
    ['IS_AN_ALIAS_OF', relation('IS_AN_ALIAS_OF', 'is an alias of', ['alia'], { agentNouns: new Set(['alia']) })],
    ['A_KIND_OF', relation('A_KIND_OF', 'a kind of', ['kind'], { agentNouns: new Set(['kind']) })],
  ])('%s', (type, expected) => {
    expect(relationOf(type)).toEqual(expected);
  });
});

describe('types with known English', () => {
  it.each<[string, Relation]>([
    ['SUCCEEDED', relation('SUCCEEDED', 'succeeded', ['succeed', 'replac', 'follow', 'supersed'], { verbPhrases: [['tak', 'over', 'from'], ['tak', 'over'], ['com', 'after']], agentNouns: new Set(['successor', 'replacement', 'heir']), patientNouns: new Set(['predecessor']) })],
    ['TRAFFIC_SOURCE_FOR', relation('TRAFFIC_SOURCE_FOR', 'traffic source for', ['traffic', 'sourc'], { verbPhrases: [['bring', 'traffic', 'to'], ['bring', 'traffic'], ['send', 'traffic', 'to'], ['send', 'traffic'], ['driv', 'traffic', 'to'], ['driv', 'traffic'], ['provid', 'traffic'], ['giv', 'traffic'], ['contribut', 'traffic'], ['suppli', 'traffic'], ['divert', 'traffic'], ['feed', 'traffic'], ['traffic', 'sourc']], agentNouns: new Set(['sourc', 'channel']), agentNounPhrases: [['traffic', 'sourc'], ['sourc', 'of', 'traffic'], ['traffic', 'channel']], patientNouns: new Set(['beneficiari']) })],
    ['PARTNERS_WITH', relation('PARTNERS_WITH', 'partners with', ['partner', 'partnership', 'cooperat', 'cooperation', 'collaborat', 'collaboration', 'alli', 'allianc'], { verbPhrases: [['team', 'up'], ['work', 'with'], ['join', 'forc']], agentNouns: new Set(['partner', 'partnership', 'cooperat', 'cooperation', 'collaborat', 'collaboration', 'alli', 'allianc']), agentNounPhrases: [['team', 'up'], ['work', 'with'], ['join', 'forc']], symmetric: true })],
    ['COMPETES_WITH', relation('COMPETES_WITH', 'competes with', ['compet', 'competitor', 'competition', 'rival', 'rivalri', 'opponent', 'challenger', 'contender', 'contend', 'vie', 'fight', 'battl', 'enemi', 'foe', 'adversari'], { verbPhrases: [['up', 'against'], ['compet', 'against']], agentNouns: new Set(['compet', 'competitor', 'competition', 'rival', 'rivalri', 'opponent', 'challenger', 'contender', 'contend', 'vie', 'fight', 'battl', 'enemi', 'foe', 'adversari']), agentNounPhrases: [['up', 'against'], ['compet', 'against']], symmetric: true })],
    ['LEADS', relation('LEADS', 'leads', ['lead', 'run', 'head', 'manag', 'chair', 'helm', 'steer'], { agentNouns: new Set(['leader', 'head', 'ceo', 'boss', 'chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'helm', 'charg', 'manager', 'helmsman']), agentNounPhrases: [['chief', 'executiv', 'officer'], ['chief', 'executiv']] })],
    ['OWNS', relation('OWNS', 'owns', ['own', 'control', 'acquir', 'buy', 'possess', 'operat', 'hav'], { agentNouns: new Set(['owner', 'parent', 'proprietor', 'controller', 'acquirer']), agentNounPhrases: [['parent', 'compani'], ['hold', 'compani']], patientNouns: new Set(['subsidiari', 'hold', 'portfolio', 'affiliat', 'division', 'arm']), weakPatientNouns: new Set(['product', 'brand', 'unit', 'business', 'platform', 'servic', 'app', 'asset', 'properti', 'department']) })],
  ])('%s', (type, expected) => {
    expect(relationOf(type)).toEqual(expected);
  });
});

describe('the shape of a type’s name', () => {
  it.each<[string, Relation]>([
    // Underscores at the ends add no empty word.
    ['_LIKES_', relation('_LIKES_', 'likes', ['lik'])],
    // A type named "BY" alone is not read from its end; a longer one ending in BY is.
    ['BY', relation('BY', 'by', [])],
    ['CO_OWNED_BY', relation('CO_OWNED_BY', 'co owned by', ['co', 'own'], { verbPhrases: [['co', 'own']], activeFromEnd: true })],
    // A type of one word that is no verb form is not a noun for the end node; "CURRENT_…" is, whatever follows.
    ['CEO', relation('CEO', 'ceo', ['ceo'])],
    ['CURRENT_ROLE_IN', relation('CURRENT_ROLE_IN', 'current role in', ['rol'], { patientNouns: new Set(['rol']) })],
    // Nouns followed by a preposition name no end node.
    ['ROLE_IN', relation('ROLE_IN', 'role in', ['rol'])],
    ['MEMBER_ON', relation('MEMBER_ON', 'member on', ['member'])],
    ['PEER_WITH', relation('PEER_WITH', 'peer with', ['peer'], { symmetric: true })],
    ['HEIR_TO', relation('HEIR_TO', 'heir to', ['heir'])],
    ['EMPLOYEE_AT', relation('EMPLOYEE_AT', 'employee at', ['employe'])],
    // Nouns alone name the end node, even when the first has an "s" inside it.
    ['SISTER_COMPANY', relation('SISTER_COMPANY', 'sister company', ['sister', 'compani'], { verbPhrases: [['sister', 'compani']], patientNouns: new Set(['sister', 'compani']) })],
    // Any type ending in WITH is read both ways.
    ['TEAMED_UP_WITH', relation('TEAMED_UP_WITH', 'teamed up with', ['team', 'up'], { verbPhrases: [['team', 'up']], symmetric: true })],
  ])('%s', (type, expected) => {
    expect(relationOf(type)).toEqual(expected);
  });
});

describe('labels and metrics with letters that change length in upper case', () => {
  it('keeps "ß" in a label and in a figure’s metric (a question says "Größe", not "GRÖSSE")', () => {
    expect(labelNounOf('Straße')).toEqual({ label: 'Straße', stems: new Set(['straß']) });
    expect(buildVocabulary({ labels: [], types: [], propertyKeys: [] }, ['Größe']).metricStems).toEqual(new Set(['größ']));
  });

  it('a label with an underscore at its start is its words', () => {
    expect(labelNounOf('_Hidden')).toEqual({ label: '_Hidden', stems: new Set(['hidden']) });
  });
});
