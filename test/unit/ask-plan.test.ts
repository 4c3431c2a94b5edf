// Ask's planner without a database: time expressions and how dates are written back, stems, the graph's own
// vocabulary (types as verbs and nouns, labels as nouns) on graphs we did not make, the plans questions compose
// into, the words left unused, and the compiled Cypher (labels and types only from the schema, never question text).
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';
import { compilePlan } from '../../server/ask/plan/compile.ts';
import { readPlan } from '../../server/ask/plan/reader.ts';
import { findTimes, formatDate, formatPeriod } from '../../server/ask/plan/time.ts';
import { describePlan, type Plan } from '../../server/ask/plan/types.ts';
import { buildVocabulary, relationOf } from '../../server/ask/plan/vocabulary.ts';
import { agentStemOf, stemOf } from '../../server/ask/plan/words.ts';

const entry = (key: string, name: string, label: string, aliases: string[] = []): CatalogEntry => ({ id: `id-${key}`, key, name, labels: [label], aliases });

/** A graph of the kind the issue names: suppliers, people who know each other, addresses, crimes. */
const TOKENS = {
  labels: ['Supplier', 'Product', 'Person', 'Crime', 'Location', 'Officer'],
  types: ['SUPPLIES', 'KNOWS', 'CURRENT_ADDRESS', 'INVESTIGATED_BY', 'PARTY_TO', 'PART_OF'],
  propertyKeys: ['name', 'surname', 'date', 'address'],
};
const vocabulary = buildVocabulary(TOKENS, []);
const index = new EntityIndex([
  entry('exotic', 'Exotic Liquids', 'Supplier'),
  entry('tokyo', 'Tokyo Traders', 'Supplier'),
  entry('chai', 'Chai', 'Product'),
  entry('chang', 'Chang', 'Product'),
  entry('todd', 'Todd Hamilton', 'Person'),
  entry('jack', 'Jack Powell', 'Person'),
  entry('fairhaven', '136 Fairhaven Street', 'Location'),
  entry('burglary', 'Burglary 17', 'Crime'),
  entry('smith', 'Officer Smith', 'Officer'),
]);

function plan(question: string): { words: string; unused: string[]; plan: Plan } {
  const result = readPlan(question, index, vocabulary);
  if (!result || !('reading' in result)) throw new Error(`no plan for ${question}`);
  return { words: describePlan(result.reading.plan), unused: result.reading.unused, plan: result.reading.plan };
}

describe('time in questions and answers', () => {
  it('reads quarters, months, days and years as ranges', () => {
    const [q4] = findTimes('who added more buyers in Q4 2019?');
    expect(q4).toMatchObject({ from: '2019-10-01', to: '2020-01-01', label: 'Q4 2019' });
    expect(q4!.periods).toContain('2019-Q4');
    expect(findTimes('in the fourth quarter of 2019')[0]).toMatchObject({ label: 'Q4 2019' });
    expect(findTimes('what happened in June 2020')[0]).toMatchObject({ from: '2020-06-01', to: '2020-07-01', label: 'June 2020' });
    expect(findTimes('on 9 October 2020')[0]).toMatchObject({ from: '2020-10-09', to: '2020-10-10' });
    expect(findTimes('on October 9th, 2020')[0]).toMatchObject({ from: '2020-10-09' });
    expect(findTimes('in 2019')[0]).toMatchObject({ from: '2019-01-01', to: '2020-01-01', label: '2019' });
    expect(findTimes('December 2019')[0]).toMatchObject({ to: '2020-01-01' });
  });

  it('leaves years inside names alone', () => {
    expect(findTimes('When was Double Eleven 2018?', [{ start: 9, end: 27 }])).toEqual([]);
  });

  it('writes dates and periods the way people write them', () => {
    expect(formatDate('2019-09-10', 'day')).toBe('10 September 2019');
    expect(formatDate('2020-06-01', 'month')).toBe('June 2020');
    expect(formatDate('2019-01-01', 'year')).toBe('2019');
    expect(formatPeriod('2019-Q4')).toBe('Q4 2019');
    expect(formatPeriod('2020')).toBe('2020');
  });
});

describe('stems', () => {
  it('meet a word’s inflections and its agent noun', () => {
    for (const word of ['supplies', 'supplied', 'supply']) expect(stemOf(word)).toBe(stemOf('SUPPLIES'));
    expect(agentStemOf('suppliers')).toBe(stemOf('supply'));
    expect(agentStemOf('investigator')).toBe(stemOf('investigated'));
    expect(stemOf('barred')).toBe(stemOf('bars'));
    expect(stemOf('succeeded')).not.toBe(stemOf('succeed').slice(0, 3));
    expect(stemOf('people')).toBe(stemOf('person'));
  });
});

describe('the graph’s own vocabulary', () => {
  it('reads relationship types as verbs and nouns', () => {
    expect(relationOf('SUPPLIES').verbs.has(stemOf('supply'))).toBe(true);
    expect(relationOf('INVESTIGATED_BY').activeFromEnd).toBe(true);
    expect(relationOf('CURRENT_ADDRESS').patientNouns.has(stemOf('address'))).toBe(true);
    expect(relationOf('PARTNERS_WITH').symmetric).toBe(true);
    expect(relationOf('PART_OF').agentNouns.has(stemOf('part'))).toBe(true);
  });

  it.each([
    ['who supplies Chai?', 'what supplies Chai'],
    ["Chai's suppliers", 'suppliers of Chai'],
    ['What does Exotic Liquids supply?', 'what Exotic Liquids supplies'],
    ['who knows Todd Hamilton?', 'what knows Todd Hamilton'],
    ['address of Todd Hamilton', 'address of Todd Hamilton'],
    ['who lives at 136 Fairhaven Street?', 'what current address 136 Fairhaven Street'],
    ['who investigated Burglary 17?', 'what investigated by Burglary 17'],
    ['how many crimes are there?', 'the number of crimes'],
    ['which products does Exotic Liquids supply?', 'products that Exotic Liquids supplies'],
    ['who supplies both Chai and Chang?', 'what supplies Chai that supplies Chang'],
    ['who knows the suppliers of Chai?', 'what knows (suppliers of Chai)'],
    ['which supplier supplies the most products?', 'which of supplier has the most products (supplies)'],
  ])('%s → %s', (question, words) => {
    const result = plan(question);
    expect(result.words).toBe(words);
    expect(result.unused).toEqual([]);
  });

  it('says back what it could not use', () => {
    expect(plan('which suppliers are organic?').unused).toEqual(['organic']);
    expect(plan('who supplies Chai in bulk cheaply?').unused).toEqual(['bulk cheaply']);
  });

  it('asks which one when a name fits several nodes', () => {
    const twins = new EntityIndex([entry('a', 'Todd', 'Person'), entry('b', 'Todd', 'Person'), entry('chai', 'Chai', 'Product')]);
    const result = readPlan('who knows Todd?', twins, vocabulary);
    expect(result && 'ambiguous' in result && result.ambiguous.candidates.map((c) => c.key).sort()).toEqual(['a', 'b']);
  });
});

describe('compiled plans', () => {
  const known = { labels: new Set(TOKENS.labels), types: new Set(TOKENS.types) };

  it('put names in parameters and only schema labels and types in the text', () => {
    for (const question of ["who knows the suppliers of Chai?", 'how many crimes are there?', 'which products does Exotic Liquids supply?', 'who supplies Chai or Chang?']) {
      const { cypher, params } = compilePlan(plan(question).plan, known);
      expect(cypher).not.toMatch(/Chai|Chang|Exotic/);
      expect(Object.values(params)).toEqual(expect.arrayContaining([expect.stringMatching(/^id-/)].slice(0, question.includes('crimes') ? 0 : 1)));
      for (const match of cypher.matchAll(/:`([^`]+)`/g)) expect([...known.labels, ...known.types]).toContain(match[1]);
    }
  });

  it('refuses a label or type the database does not have', () => {
    const { plan: p } = plan('how many crimes are there?');
    expect(() => compilePlan(p, { labels: new Set(['Person']), types: known.types })).toThrow(/not in the database/);
    const step = plan('who supplies Chai?').plan;
    expect(() => compilePlan(step, { labels: known.labels, types: new Set(['KNOWS']) })).toThrow(/not in the database/);
  });

  it('quotes a label with a backtick in it', () => {
    const odd = buildVocabulary({ labels: ['Odd`Label'], types: [], propertyKeys: [] }, []);
    const result = readPlan('how many odd`label are there', new EntityIndex([]), odd);
    if (result && 'reading' in result) expect(compilePlan(result.reading.plan, { labels: new Set(['Odd`Label']), types: new Set() }).cypher).toContain('`Odd``Label`');
  });
});
