// Ask on a database that is not ours: the Movies graph (no Entity label, no key; captions from name/title).
// Linking works over captions, keys fall back to elementIds, and connection and "what do we know" questions work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/ask/service.ts';
import { moviesDatabase } from '../helpers/db.ts';

describe('Ask on the Movies graph', () => {
  const db = moviesDatabase();
  const idOf = new Map<string, string>();
  beforeAll(async () => {
    const result = await db.run<{ caption: string; id: string }>('MATCH (n) RETURN coalesce(n.name, n.title) AS caption, elementId(n) AS id', {}, 'READ');
    for (const r of result.records) idOf.set(r.get('caption'), r.get('id'));
  });
  afterAll(() => db.close());

  async function shortestLength(a: string, b: string): Promise<number> {
    const result = await db.run<{ steps: bigint }>(
      'MATCH (a), (b) WHERE elementId(a) = $a AND elementId(b) = $b MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p) AS steps',
      { a: idOf.get(a), b: idOf.get(b) },
      'READ',
    );
    return Number(result.records[0]?.get('steps'));
  }

  it.each([
    ['How are Keanu Reeves and Tom Hanks connected?', 'Keanu Reeves', 'Tom Hanks'],
    ['what connects Kevin Bacon and Meg Ryan', 'Kevin Bacon', 'Meg Ryan'],
    ['how are keanu reves and hugo weaving related', 'Keanu Reeves', 'Hugo Weaving'],
    ['What is the relationship between The Matrix and Cloud Atlas?', 'The Matrix', 'Cloud Atlas'],
  ])('%s', async (question, from, to) => {
    const response = await ask(db, question);
    expect(response.known).toBe(true);
    const steps = await shortestLength(from, to);
    const keys = response.entities.map((e) => e.key);
    expect(keys).toContain(idOf.get(from));
    expect(keys).toContain(idOf.get(to));
    expect(response.subgraph.relationships.length).toBeGreaterThanOrEqual(steps);
    expect(response.answer).toContain(steps === 1 ? 'directly' : `in ${steps} steps`);
    expect(response.evidence).toEqual([]);
  });

  it.each([
    ['What do we know about The Matrix?', 'The Matrix'],
    ['Tell me about Tom Cruise', 'Tom Cruise'],
    ['Keanu Reeves?', 'Keanu Reeves'],
    ['who is carrie-anne moss', 'Carrie-Anne Moss'],
  ])('%s', async (question, caption) => {
    const response = await ask(db, question);
    const neighbours = await db.run<{ id: string }>('MATCH (n)--(m) WHERE elementId(n) = $id RETURN DISTINCT elementId(m) AS id', { id: idOf.get(caption) }, 'READ');
    expect(response.known).toBe(true);
    expect(response.answer.startsWith(caption)).toBe(true);
    expect(response.entities.map((e) => e.key).sort()).toEqual(neighbours.records.map((r) => r.get('id')).sort());
    for (const entity of response.entities) {
      expect(entity.key).toBe(idOf.get(entity.name));
      expect(entity.aliases).toEqual([]);
    }
  });

  it('asks which one when a name fits several, and names the unknown', async () => {
    const which = await ask(db, 'what do we know about Wachowski?');
    expect(which.known).toBe(false);
    expect(which.answer).toContain('Lana Wachowski');
    expect(which.answer).toContain('Lilly Wachowski');
    const unknown = await ask(db, 'How are Foobar Quux and Tom Hanks connected?');
    expect(unknown.known).toBe(false);
    expect(unknown.answer).toContain('no entity called “Foobar Quux”');
  });

  it('says the graph holds no such fact for a form this graph has no relationships for', async () => {
    const response = await ask(db, 'who owns The Matrix?');
    expect(response.known).toBe(false);
    expect(response.answer).toMatch(/holds no such fact/);
  });

  it('offers only the forms this graph can answer when it does not understand, and can answer them', async () => {
    const response = await ask(db, 'asdf qwer zxcv');
    expect(response.known).toBe(false);
    expect(response.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of response.suggestions) expect((await ask(db, suggestion)).known, suggestion).toBe(true);
  });

  // Composed questions in the graph's own words (ACTED_IN, DIRECTED, FOLLOWS, REVIEWED; Person, Movie): the
  // expected answers are read with a plain Cypher query of the same meaning.
  async function ids(cypher: string): Promise<string[]> {
    const result = await db.run<{ id: string }>(cypher, {}, 'READ');
    return [...new Set(result.records.map((r) => r.get('id')))].sort();
  }
  const keysOf = (keys: { key: string }[]) => [...new Set(keys.map((k) => k.key))].sort();

  it.each([
    ['Who acted in The Matrix?', "MATCH (p)-[:ACTED_IN]->(:Movie {title: 'The Matrix'}) RETURN elementId(p) AS id"],
    ['What did Keanu Reeves act in?', "MATCH (:Person {name: 'Keanu Reeves'})-[:ACTED_IN]->(m) RETURN elementId(m) AS id"],
    ["The Matrix's directors", "MATCH (p)-[:DIRECTED]->(:Movie {title: 'The Matrix'}) RETURN elementId(p) AS id"],
    ['Who directed Cloud Atlas?', "MATCH (p)-[:DIRECTED]->(:Movie {title: 'Cloud Atlas'}) RETURN elementId(p) AS id"],
    ['Who acted in both The Matrix and Cloud Atlas?', "MATCH (:Movie {title: 'The Matrix'})<-[:ACTED_IN]-(p)-[:ACTED_IN]->(:Movie {title: 'Cloud Atlas'}) RETURN elementId(p) AS id"],
    ['Who directed the movies Tom Hanks acted in?', "MATCH (:Person {name: 'Tom Hanks'})-[:ACTED_IN]->(m)<-[:DIRECTED]-(d) RETURN elementId(d) AS id"],
    ['Which movies did Tom Hanks act in and also direct?', "MATCH (p:Person {name: 'Tom Hanks'})-[:ACTED_IN]->(m:Movie)<-[:DIRECTED]-(p) RETURN elementId(m) AS id"],
    ['Who follows Jessica Thompson?', "MATCH (p)-[:FOLLOWS]->(:Person {name: 'Jessica Thompson'}) RETURN elementId(p) AS id"],
    ['Which person acted in the most movies?', 'MATCH (p:Person) WITH p, COUNT { (p)-[:ACTED_IN]->(:Movie) } AS n WITH collect({p: p, n: n}) AS all, max(n) AS top UNWIND [r IN all WHERE r.n = top] AS r RETURN elementId(r.p) AS id'],
  ])('%s', async (question, cypher) => {
    const response = await ask(db, question);
    expect(response.complete, response.answer).toBe(true);
    expect(keysOf(response.entities), response.answer).toEqual(await ids(cypher));
  });

  it('counts with the number in the answer', async () => {
    const movies = await ids('MATCH (m:Movie) RETURN elementId(m) AS id');
    const response = await ask(db, 'How many movies are there?');
    expect(response.value).toBe(movies.length);
    expect(response.answer).toContain(String(movies.length));
    const acted = await ids("MATCH (:Person {name: 'Keanu Reeves'})-[:ACTED_IN]->(m) RETURN elementId(m) AS id");
    expect((await ask(db, 'How many movies did Keanu Reeves act in?')).value).toBe(acted.length);
  });

  it('says "not recorded", never "No", when a movie has many actors and this one is not among them', async () => {
    const response = await ask(db, 'Did Tom Hanks act in The Matrix?');
    expect(response.verdict).toBe('not recorded');
    expect(response.known).toBe(false);
    expect((await ask(db, 'Did Keanu Reeves act in The Matrix?')).verdict).toBe('yes');
  });

  it('says back what it could not use', async () => {
    const response = await ask(db, 'Which movies did Tom Hanks act in as a villain?');
    expect(response.complete).toBe(false);
    expect(response.unused).toEqual(['villain']);
    expect(response.answer).toContain('I could not use “villain”');
  });
});
