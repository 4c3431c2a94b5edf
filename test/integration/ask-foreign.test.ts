// Ask on a graph we did not make (the generated shop: Product {productName}, Supplier {companyName}, Person {name,
// surname} with two Todds; SUPPLIES, KNOWS, PART_OF, ORDERS): relationship types as verbs and nouns, labels as
// nouns, captions as names, full names, a shared name answered with choices that differ and can be typed.
// Expected answers are read with plain Cypher of the same meaning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/ask/service.ts';
import type { Database } from '../../server/db/driver.ts';
import { loadShop, SHOP_PRODUCTS, SHOP_SUPPLIERS, startForeignDbms, type ForeignDbms } from '../helpers/foreignGraphs.ts';

describe('Ask on the shop graph', () => {
  let dbms: ForeignDbms;
  let db: Database;
  beforeAll(async () => {
    dbms = await startForeignDbms('ask-shop');
    db = dbms.db;
    await loadShop(db);
  }, 600_000);
  afterAll(() => dbms?.stop());

  async function ids(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const result = await db.run<{ id: string }>(cypher, params, 'READ');
    return [...new Set(result.records.map((r) => r.get('id')))].sort();
  }
  const keys = (response: { entities: { key: string }[] }) => [...new Set(response.entities.map((e) => e.key))].sort();
  const product = SHOP_PRODUCTS[3]!.productName;
  const supplier = SHOP_SUPPLIERS[1]!.companyName;

  it.each([
    [`Who supplies ${product}?`, 'MATCH (s)-[:SUPPLIES]->(:Product {productName: $product}) RETURN elementId(s) AS id'],
    [`${product}'s suppliers`, 'MATCH (s)-[:SUPPLIES]->(:Product {productName: $product}) RETURN elementId(s) AS id'],
    [`What does ${supplier} supply?`, 'MATCH (:Supplier {companyName: $supplier})-[:SUPPLIES]->(p) RETURN elementId(p) AS id'],
    [`Which products does ${supplier} supply?`, 'MATCH (:Supplier {companyName: $supplier})-[:SUPPLIES]->(p:Product) RETURN elementId(p) AS id'],
    ['Who knows Todd Hamilton?', "MATCH (p)-[:KNOWS]->(:Person {name: 'Todd', surname: 'Hamilton'}) RETURN elementId(p) AS id"],
    ['Whom does Todd Okafor know?', "MATCH (:Person {name: 'Todd', surname: 'Okafor'})-[:KNOWS]->(p) RETURN elementId(p) AS id"],
    [`Who supplies the products ${supplier} supplies?`, 'MATCH (:Supplier {companyName: $supplier})-[:SUPPLIES]->(p) MATCH (s)-[:SUPPLIES]->(p) RETURN elementId(s) AS id'],
    ['Which supplier supplies the most products?', 'MATCH (s:Supplier) WITH s, COUNT { (s)-[:SUPPLIES]->(:Product) } AS n WITH collect({s: s, n: n}) AS all, max(n) AS top UNWIND [r IN all WHERE r.n = top] AS r RETURN elementId(r.s) AS id'],
  ])('%s', async (question, cypher) => {
    const response = await ask(db, question);
    expect(response.complete, response.answer).toBe(true);
    expect(keys(response), response.answer).toEqual(await ids(cypher, { product, supplier }));
    expect(response.known).toBe(true);
  });

  it('counts the nodes of a label, with the number in the answer', async () => {
    const products = await ids('MATCH (p:Product) RETURN elementId(p) AS id');
    const response = await ask(db, 'How many products are there?');
    expect(response.value).toBe(products.length);
    expect(response.answer).toContain(String(products.length));
  });

  it('names nodes by their caption rule: products by productName, people by name and surname', async () => {
    const response = await ask(db, `Who supplies ${product}?`);
    expect(response.answer).toContain(product);
    const people = await ask(db, 'Who knows Todd Hamilton?');
    for (const entity of people.entities) expect(entity.name).toMatch(/^\S+ \S+/);
  });

  it('answers a name shared by two people with choices that differ, each of which can be typed', async () => {
    const response = await ask(db, 'Who knows Todd?');
    expect(response.known).toBe(false);
    expect(response.answer).toContain('Todd Hamilton');
    expect(response.answer).toContain('Todd Okafor');
    expect(new Set(response.suggestions).size).toBe(response.suggestions.length);
    for (const suggestion of response.suggestions) expect((await ask(db, suggestion)).known, suggestion).toBe(true);
  });

  it('says back what it could not use', async () => {
    const response = await ask(db, 'Which suppliers are organic?');
    expect(response.complete).toBe(false);
    expect(response.unused).toEqual(['organic']);
  });
});
