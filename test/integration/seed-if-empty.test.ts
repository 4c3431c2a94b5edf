// seedIfEmpty, which `npm start` calls for the local database: it leaves a seeded database as it is, and loads
// the seed graph (the same graph, to the property) when the article is missing.
import { afterAll, describe, expect, it } from 'vitest';
import { mainDatabase, moviesDatabase } from '../helpers/db.ts';
import { seedIfEmpty, seedPresent, SEED_DOCUMENT_KEY } from '../../server/loader/seed.ts';

describe('seedIfEmpty', () => {
  const db = mainDatabase();
  afterAll(() => db.close());

  const fingerprint = async () => {
    const result = await db.run<{ rows: string[] }>(
      `MATCH (n) WHERE n:Entity OR n:Document OR n:Sentence
       OPTIONAL MATCH (n)-[r]->(m)
       WITH n.key + '|' + coalesce(n.name, n.title, n.text) + '|' + size(keys(n)) + '|' + coalesce(type(r), '') + '|' + coalesce(m.key, '') + '|' +
            coalesce(r.evidence_quote, '') + '|' + coalesce(toString(r.evidence_start), '') + '|' + coalesce(size(keys(r)), 0) AS row
       ORDER BY row
       RETURN collect(row) AS rows`,
      {},
      'READ',
    );
    return result.records[0]!.get('rows');
  };

  it('does nothing when the database holds the seed graph', async () => {
    const before = await fingerprint();
    const lines: string[] = [];
    expect(await seedIfEmpty(db, (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it('loads the seed graph again when the article is missing, giving the same graph', async () => {
    const before = await fingerprint();
    await db.run('MATCH (d:Document {key: $key}) DETACH DELETE d', { key: SEED_DOCUMENT_KEY }, 'WRITE');
    expect(await seedPresent(db)).toBe(false);
    const lines: string[] = [];
    const message = await seedIfEmpty(db, (line) => lines.push(line));
    expect(message).toMatch(/Seed graph loaded/);
    expect(lines).toHaveLength(1);
    expect(await seedPresent(db)).toBe(true);
    expect(await fingerprint()).toEqual(before);
  });

  it('leaves a database that holds another graph (Movies) alone, and says so', async () => {
    const movies = moviesDatabase();
    try {
      const count = async () => Number((await movies.run('MATCH (n) RETURN count(n) AS c', {}, 'READ')).records[0]!.get('c'));
      const before = await count();
      expect(before).toBeGreaterThan(100);
      const lines: string[] = [];
      expect(await seedIfEmpty(movies, (line) => lines.push(line))).toMatch(/another graph/);
      expect(lines).toEqual([]);
      expect(await seedPresent(movies)).toBe(false);
      expect(await count()).toBe(before);
    } finally {
      await movies.close();
    }
  });
});
