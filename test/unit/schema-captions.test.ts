// Caption rules inferred from samples shaped like graphs we did not make (Northwind, Movies, Les Misérables).
import { describe, expect, it } from 'vitest';
import { captionOf, detailOf, fallbackCaption, inferCaptionRules, keyKind } from '../../server/schema/captions.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const customers = range(30).map((i) => ({
  customerID: `C${String.fromCharCode(65 + (i % 26))}${i}X`,
  companyName: `Company ${i} Ltd`,
  contactName: `Contact ${i}`,
  address: `${i} Polding Street`,
  postalCode: `WN${i} 4NL`,
  country: i % 2 ? 'UK' : 'Germany',
  phone: `(171) 555-${1000 + i}`,
}));
const products = range(20).map((i) => ({ productID: i + 1, productName: `Product ${i}`, categoryID: (i % 4) + 1, unitPrice: 10 + i, quantityPerUnit: '10 boxes x 20 bags' }));
const orders = range(40).map((i) => ({ orderID: 10248 + i, customerID: `C${i % 5}`, shipName: `Ship ${i % 5}`, shipCity: `City ${i % 3}`, orderDate: '1996-07-04' }));
const people = [
  { name: 'Todd', surname: 'Hamilton', email: 'todd.hamilton@example.org' },
  { name: 'Todd', surname: 'Baker', email: 'todd.baker@example.org' },
  { name: 'Ann', surname: 'Hamilton', email: 'ann@example.org' },
];
const movies = range(10).map((i) => ({ title: `Movie ${i}`, released: 1990 + i, tagline: 'A very long tagline that goes on and on about what the film is about, more than sixty characters' }));
const actors = range(10).map((i) => ({ name: `Actor ${i}`, born: 1950 + i }));
const characters = range(12).map((i) => ({ name: `Character${i}`, group: i % 3 }));
const ids = range(10).map((i) => ({ uuid: `0f8fad5b-d9cb-469f-a165-70867728950${i}`, weight: i }));

const rules = inferCaptionRules([
  { label: 'Customer', nodes: customers },
  { label: 'Product', nodes: products },
  { label: 'Order', nodes: orders },
  { label: 'Person', nodes: people },
  { label: 'Movie', nodes: movies },
  { label: 'Actor', nodes: actors },
  { label: 'Character', nodes: characters },
  { label: 'Thing', nodes: ids },
  { label: 'Empty', nodes: [] },
]);

describe('caption rules', () => {
  it('picks the name-like key a person would choose, per label', () => {
    expect(rules.Customer!.caption!.keys).toEqual(['companyName']);
    expect(rules.Product!.caption!.keys).toEqual(['productName']);
    expect(rules.Movie!.caption!.keys).toEqual(['title']);
    expect(rules.Actor!.caption!.keys).toEqual(['name']);
    expect(rules.Character!.caption!.keys).toEqual(['name']);
  });

  it('combines a given name and a surname', () => {
    expect(rules.Person!.caption!.keys).toEqual(['name', 'surname']);
    expect(captionOf({ id: '4:x:1', labels: ['Person'], properties: people[0]! }, rules)).toBe('Todd Hamilton');
  });

  it('takes an id only when no better column exists, and never a repeated name', () => {
    expect(rules.Order!.caption!.keys).toEqual(['orderID']);
    expect(rules.Thing!.caption!.keys).toEqual(['uuid']);
    expect(rules.Empty!.caption).toBeNull();
  });

  it('explains the choice in a sentence', () => {
    expect(rules.Customer!.caption!.reason).toBe('companyName: text, distinct on 30 of 30 nodes, name-like key');
  });

  it('lists identifying keys for search and a detail that sets same-named nodes apart', () => {
    expect(rules.Customer!.searchKeys).toEqual(expect.arrayContaining(['companyName', 'customerID', 'address', 'postalCode', 'phone', 'contactName']));
    expect(rules.Customer!.searchKeys).not.toContain('country');
    expect(rules.Person!.searchKeys).toEqual(expect.arrayContaining(['name', 'surname', 'email']));
    expect(detailOf({ id: '4:x:2', labels: ['Customer'], properties: customers[0]! }, rules)).toBe('customerID CA0X');
    expect(detailOf({ id: '4:x:3', labels: ['Actor'], properties: actors[3]! }, rules)).toBe('born 1953');
  });

  it('falls back to name or title, then to the label and a short id', () => {
    expect(captionOf({ id: '4:abc:7', labels: ['Unknown'], properties: { title: 'T' } }, rules)).toBe('T');
    expect(captionOf({ id: '4:abc:7', labels: ['Product'], properties: {} }, rules)).toBe('Product #7');
    expect(fallbackCaption({ id: '4:abc:9', labels: [] })).toBe('Node #9');
  });

  it('uses the best rule of a node with several labels', () => {
    expect(captionOf({ id: '4:x:1', labels: ['Order', 'Customer'], properties: { ...orders[0]!, companyName: 'Both' } }, rules)).toBe('Both');
  });

  it('reads key names', () => {
    expect(keyKind('companyName')).toBe('name');
    expect(keyKind('first_name')).toBe('name');
    expect(keyKind('customerID')).toBe('id');
    expect(keyKind('postalCode')).toBe('contact');
    expect(keyKind('countryCode')).toBe('code');
    expect(keyKind('emailAddress')).toBe('contact');
    expect(keyKind('tagline')).toBe('other');
  });
});
