// Ask's planner on other graphs: a review graph (words that name several relationships, participles without
// "by", relations read both ways, "have" with no relation of that name, a label noun said back) and a retail graph
// (strong, weak and multi-word relation nouns).
import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../server/ask/language/linking.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import type { NodeSet, Plan } from '../../server/ask/plan/types.ts';
import { buildVocabulary } from '../../server/ask/plan/vocabulary.ts';
import { and, count, label, list, step } from '../helpers/filmGraph.ts';

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

  it('reads "partner" as the verb before a particle and as the noun after a possessive', () => {
    const partners = buildVocabulary({ labels: ['Person'], types: ['PARTNERS_WITH'], propertyKeys: [] }, []);
    const read = (question: string) => {
      const result = readPlan(question, people, partners);
      return result && 'reading' in result ? result.reading.plan : result;
    };
    expect(read('who partners with Ada?')).toEqual(list(step(named('id-ada', 'Ada'), ['PARTNERS_WITH'], 'both', 'partners with', 'agent')));
    expect(read("Ada's partners")).toEqual(list(step(named('id-ada', 'Ada'), ['PARTNERS_WITH'], 'both', 'partners', 'noun')));
  });

  it('reads a verb two types share in the first type’s way only (WORKS_FOR, not the symmetric WORKS_WITH)', () => {
    const work = buildVocabulary({ labels: ['Person', 'Company'], types: ['WORKS_FOR', 'WORKS_WITH'], propertyKeys: [] }, []);
    const acme = new EntityIndex([{ id: 'id-acme', key: 'acme', name: 'Acme', labels: ['Company'], aliases: [] }]);
    const result = readPlan('who works for Acme?', acme, work);
    expect(result && 'reading' in result ? result.reading.plan : result).toEqual(list(step({ kind: 'entity', node: { id: 'id-acme', name: 'Acme' } }, ['WORKS_FOR'], 'in', 'works for', 'agent')));
  });

  it('reads "when" on a graph with no Event label as any dated node tied to the names', () => {
    expect(plan('when did Ada know Bob?')).toEqual({ kind: 'when', set: { kind: 'about', nodes: [{ id: 'id-ada', name: 'Ada' }, { id: 'id-bob', name: 'Bob' }], words: ['know'] } });
  });

  it('reads no yes/no question with "have" as its auxiliary', () => {
    expect(plan('has Ada known Bob?')).toBeUndefined();
  });

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
    // "has" is only an auxiliary here (no OWNS): "who has the most friends" counts KNOWS agents.
    ['who has the most friends?', { kind: 'most', set: { kind: 'any' }, types: ['KNOWS'], direction: 'in', order: 'most', words: 'friends' }],
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

