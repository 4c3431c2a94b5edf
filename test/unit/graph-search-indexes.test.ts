// What `npm run index` plans: one full-text index per label over its text search keys; nothing for a label an
// index already covers; a same-named index with other keys is reported, not replaced; names and keys quoted.
import { describe, expect, it } from 'vitest';
import { planSearchIndexes, searchIndexName } from '../../server/graph/searchIndexes.ts';
import type { CaptionRules, LabelProfile } from '../../server/schema/captions.ts';

const profile = (searchKeys: string[], numericKeys: string[] = [], count = 10): LabelProfile => ({
  caption: { keys: [searchKeys[0]!], reason: '', score: 1 },
  count,
  searchKeys,
  detailKeys: [],
  numericKeys,
});

const rules: CaptionRules = {
  Customer: profile(['companyName', 'customerID', 'phone']),
  Order: profile(['orderID', 'customerID'], ['orderID']),
  Entity: profile(['name', 'aliases']),
  Empty: profile(['name'], [], 0),
  'Odd`Label': profile(['odd key']),
};

describe('planSearchIndexes', () => {
  it('creates what is missing, over text keys only, and leaves covered labels alone', () => {
    const steps = planSearchIndexes(rules, [
      { name: 'entity_names', labels: ['Entity'], properties: ['name', 'aliases'], state: 'ONLINE' },
      { name: 'search_Customer', labels: ['Customer'], properties: ['companyName'], state: 'ONLINE' },
    ]);
    expect(steps.map((s) => [s.label, s.action, s.name])).toEqual([
      ['Customer', 'conflict', 'search_Customer'],
      ['Entity', 'covered', 'entity_names'],
      ['Odd`Label', 'create', 'search_Odd_Label'],
      ['Order', 'create', 'search_Order'],
    ]);
    const order = steps.find((s) => s.label === 'Order')!;
    expect(order.keys).toEqual(['customerID']);
    expect(order.action === 'create' && order.statement).toBe('CREATE FULLTEXT INDEX `search_Order` IF NOT EXISTS FOR (n:`Order`) ON EACH [n.`customerID`]');
    const odd = steps.find((s) => s.label === 'Odd`Label')!;
    expect(odd.action === 'create' && odd.statement).toBe('CREATE FULLTEXT INDEX `search_Odd_Label` IF NOT EXISTS FOR (n:`Odd``Label`) ON EACH [n.`odd key`]');
  });

  it('names indexes after labels', () => {
    expect(searchIndexName('Customer')).toBe('search_Customer');
    expect(searchIndexName('Ünit-Type')).toBe('search__nit_Type');
  });
});
