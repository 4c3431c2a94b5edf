// Ask, entity linking: names and aliases, Latin and Chinese, case, typos, possessives, partial names,
// several candidates, and the closest names to an unknown one.
import { describe, expect, it } from 'vitest';
import { EntityIndex, type CatalogEntry } from '../../server/ask/language/linking.ts';

const entry = (key: string, name: string, labels: string[], aliases: string[] = []): CatalogEntry => ({ id: `id-${key}`, key, name, labels, aliases });
const CATALOG: CatalogEntry[] = [
  entry('acme', 'Acme', ['Entity', 'Company'], ['Acme Group', 'ACME Holdings', '阿克米']),
  entry('acme-video', 'Acme Video', ['Entity', 'Product'], ['AV']),
  entry('zoom-video', 'Zoom Video', ['Entity', 'Product']),
  entry('jane', 'Jane Smithers', ['Entity', 'Person'], ['J. Smithers']),
  entry('pinduoduo', 'Pinduoduo', ['Entity', 'Company'], ['拼多多']),
  entry('acme-revenue', 'Acme revenue: 5 billion', ['Entity', 'Figure'], ['Acme revenue']),
  entry('taobao-alliance', 'Taobao Alliance', ['Entity', 'Product']),
];
const index = new EntityIndex(CATALOG);
const linked = (question: string) => index.findMentions(question).map((m) => ({ text: m.text, keys: m.candidates.map((c) => c.key), match: m.match }));

describe('EntityIndex.findMentions', () => {
  it('finds names and aliases whatever the case', () => {
    expect(linked('who owns ACME group?')).toEqual([{ text: 'ACME group', keys: ['acme'], match: 'exact' }]);
    expect(linked('PINDUODUO rivals')).toEqual([{ text: 'PINDUODUO', keys: ['pinduoduo'], match: 'exact' }]);
  });

  it('finds Chinese names inside Chinese text', () => {
    expect(linked('谁拥有阿克米')).toEqual([{ text: '阿克米', keys: ['acme'], match: 'exact' }]);
    expect(linked('拼多多的对手')).toEqual([{ text: '拼多多', keys: ['pinduoduo'], match: 'exact' }]);
  });

  it('leaves the possessive out of the name', () => {
    expect(linked("Acme's rivals")).toEqual([{ text: 'Acme', keys: ['acme'], match: 'exact' }]);
  });

  it('forgives small typos in long enough names, and runs of letters split differently', () => {
    expect(linked('who competes with Pinduodou')[0]).toMatchObject({ keys: ['pinduoduo'], match: 'fuzzy' });
    expect(linked('who competes with Pin Duoduo')[0]).toMatchObject({ keys: ['pinduoduo'], match: 'exact' });
    expect(linked('who owns Acmee')[0]).toMatchObject({ keys: ['acme'], match: 'fuzzy' });
  });

  it('prefers the longest name: "Acme Video" over "Acme"', () => {
    expect(linked('who owns Acme Video')).toEqual([{ text: 'Acme Video', keys: ['acme-video'], match: 'exact' }]);
  });

  it('lets a lone word of a longer name stand for it, and returns every candidate when it fits several', () => {
    expect(linked('what do we know about Smithers')).toEqual([{ text: 'Smithers', keys: ['jane'], match: 'partial' }]);
    expect(linked('who owns the video')[0]?.keys.sort()).toEqual(['acme-video', 'zoom-video']);
  });

  it('never links a question word or a cue word on its own, nor a figure through a cue word', () => {
    expect(linked('who owns what')).toEqual([]);
    expect(linked("what is Acme's revenue").map((m) => m.keys)).toEqual([['acme']]);
    expect(linked('Taobao Alliance')).toEqual([{ text: 'Taobao Alliance', keys: ['taobao-alliance'], match: 'exact' }]);
  });
});

describe('EntityIndex.closest and resolve', () => {
  it('lists the names that look most like an unknown one', () => {
    expect(index.closest('Acmo', 2).map((e) => e.key)[0]).toBe('acme');
    expect(index.closest('Pinduo', 1).map((e) => e.key)).toEqual(['pinduoduo']);
  });

  it('links a name given on its own', () => {
    expect(index.resolve('acme holdings')?.candidates.map((c) => c.key)).toEqual(['acme']);
    expect(index.resolve('nothing like it')).toBeUndefined();
  });
});
