// seedIfEmpty, which `npm start` and `npm run ask` call for the local database: it writes only into an empty
// database. A seeded one is left as it is; one whose seed is incomplete, or that holds another graph (Movies), is
// not written to either, and the message names what it holds (`npm run seed` completes the seed on request).
import { afterAll, describe, expect, it } from 'vitest';
import { mainDatabase, moviesDatabase } from '../helpers/db.ts';
import { graphFingerprint } from '../helpers/fingerprint.ts';
import { loadSeed, seedIfEmpty, seedPresent, SEED_DOCUMENT_KEY } from '../../server/loader/seed.ts';

describe('seedIfEmpty', () => {
  const db = mainDatabase();
  afterAll(() => db.close());

  it('does nothing when the database holds the seed graph', async () => {
    const before = await graphFingerprint(db, { content: true });
    const lines: string[] = [];
    expect(await seedIfEmpty(db, (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual([]);
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
  });

  it('does not complete a seed that lost its article by itself: the database is not empty; npm run seed does', async () => {
    const complete = await graphFingerprint(db, { content: true });
    await db.run('MATCH (d:Document {key: $key}) DETACH DELETE d', { key: SEED_DOCUMENT_KEY }, 'WRITE');
    expect(await seedPresent(db)).toBe(false);
    const before = await graphFingerprint(db, { content: true });
    const lines: string[] = [];
    expect(await seedIfEmpty(db, (line) => lines.push(line))).toMatch(/not empty \(it holds nodes, relationships, constraints/);
    expect(lines).toEqual([]);
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
    await loadSeed(db); // what `npm run seed` does: the same graph again, to the property
    expect(await seedPresent(db)).toBe(true);
    const restored = await graphFingerprint(db, { content: true });
    expect({ ...restored, content: undefined }).toEqual({ ...complete, content: undefined });
  });

  it('leaves a database that holds another graph (Movies) alone, and says so', async () => {
    const movies = moviesDatabase();
    try {
      const before = await graphFingerprint(movies, { content: true });
      expect(before.nodes).toBeGreaterThan(100);
      const lines: string[] = [];
      expect(await seedIfEmpty(movies, (line) => lines.push(line))).toMatch(/not empty/);
      expect(lines).toEqual([]);
      expect(await graphFingerprint(movies, { content: true })).toEqual(before);
    } finally {
      await movies.close();
    }
  });
});
