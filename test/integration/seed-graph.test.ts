// The seed graph as loaded by the test setup: counts by label and type match the seed file, loading it again
// changes nothing, every fact carries evidence that occurs verbatim at its offsets, and every alias finds its
// entity through the full-text index (Latin and Chinese).
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { mainDatabase } from '../helpers/db.ts';
import { loadSeed, SEED_DOCUMENT_KEY, SEED_FILE } from '../../server/loader/seed.ts';
import type { Database } from '../../server/db/driver.ts';

interface SeedFile {
  documents: { key: string; text: string; sentences: [number, number][] }[];
  nodes: { key: string; labels: string[]; properties: { name: string; aliases: string[] } }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
}
const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as SeedFile;
const article = seed.documents[0]!;

function tally(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[item] = (out[item] ?? 0) + 1;
  return out;
}

async function countsOf(db: Database) {
  const labels = await db.run<{ label: string; count: bigint }>(
    'MATCH (n) WHERE n:Entity OR n:Document OR n:Sentence UNWIND labels(n) AS label RETURN label, count(*) AS count',
    {},
    'READ',
  );
  const types = await db.run<{ type: string; count: bigint }>(
    'MATCH (a)-[r]->() WHERE a:Entity OR a:Document RETURN type(r) AS type, count(*) AS count',
    {},
    'READ',
  );
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('label'), Number(r.get('count'))])),
    types: Object.fromEntries(types.records.map((r) => [r.get('type'), Number(r.get('count'))])),
  };
}

/** Every node and relationship of the seed graph with all its properties, in a stable order. */
async function snapshot(db: Database) {
  const nodes = await db.run(
    'MATCH (n) WHERE n:Entity OR n:Document OR n:Sentence RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key',
    {},
    'READ',
  );
  const relationships = await db.run(
    'MATCH (a)-[r]->(b) WHERE a:Entity OR a:Document RETURN a.key AS start, type(r) AS type, b.key AS end, properties(r) AS properties ORDER BY start, type, end',
    {},
    'READ',
  );
  return {
    nodes: nodes.records.map((r) => JSON.stringify([r.get('key'), [...r.get('labels')].sort(), sortKeys(r.get('properties'))])),
    relationships: relationships.records.map((r) => JSON.stringify([r.get('start'), r.get('type'), r.get('end'), sortKeys(r.get('properties'))])),
  };
}

function sortKeys(properties: Record<string, unknown>): [string, string][] {
  return Object.keys(properties)
    .sort()
    .map((key) => [key, String(properties[key])]);
}

describe('the seed graph in the main database', () => {
  const db = mainDatabase();
  afterAll(() => db.close());

  it('holds what the seed file holds: counts by label and by type', async () => {
    const expectedLabels = tally(seed.nodes.flatMap((n) => n.labels));
    expectedLabels.Document = seed.documents.length;
    expectedLabels.Sentence = article.sentences.length;
    const expectedTypes = tally(seed.relationships.map((r) => r.type));
    expectedTypes.HAS_SENTENCE = article.sentences.length;

    const counts = await countsOf(db);
    expect(counts.labels).toEqual(expectedLabels);
    expect(counts.types).toEqual(expectedTypes);
    // The model of the contract: every entity has exactly one type label besides Entity.
    const types = ['Company', 'Product', 'Person', 'OrgUnit', 'Event', 'Figure'];
    for (const node of seed.nodes) expect(node.labels.filter((l) => types.includes(l)), node.key).toHaveLength(1);
  });

  it('is exactly the same graph after loading it a second time', async () => {
    const before = await snapshot(db);
    const stats = await loadSeed(db);
    expect(stats.nodesCreated).toBe(0);
    expect(stats.relationshipsCreated).toBe(0);
    const after = await snapshot(db);
    expect(after).toEqual(before);
    expect(before.nodes.length).toBe(seed.nodes.length + 1 + article.sentences.length);
  });

  it('gives every fact its evidence: the quote is the article text at its offsets, in its sentence', async () => {
    const result = await db.run<{ start: string; type: string; end: string; p: Record<string, unknown>; sentence: { start: bigint; end: bigint; index: bigint } | null }>(
      `MATCH (a:Entity)-[r]->(b)
       OPTIONAL MATCH (s:Sentence {key: r.evidence_document + '#' + toString(r.evidence_sentence)})
       RETURN a.key AS start, type(r) AS type, b.key AS end, properties(r) AS p, s {.start, .end, .index} AS sentence`,
      {},
      'READ',
    );
    expect(result.records.length).toBe(seed.relationships.length);
    for (const record of result.records) {
      const p = record.get('p');
      const where = `${record.get('start')}-[:${record.get('type')}]->${record.get('end')}`;
      expect(p.evidence_document, where).toBe(SEED_DOCUMENT_KEY);
      for (const field of ['evidence_sentence', 'evidence_start', 'evidence_end']) expect(typeof p[field], `${where} ${field}`).toBe('bigint');
      const start = Number(p.evidence_start);
      const end = Number(p.evidence_end);
      expect(end, where).toBeGreaterThan(start);
      expect(article.text.slice(start, end), where).toBe(p.evidence_quote);
      const sentence = record.get('sentence');
      expect(sentence, where).not.toBeNull();
      expect(Number(sentence!.start) <= start && end <= Number(sentence!.end), where).toBe(true);
      if (record.get('type') !== 'MENTIONED_IN') expect(typeof p.inferred, where).toBe('boolean');
      else expect(`${SEED_DOCUMENT_KEY}#${sentence!.index}`, where).toBe(record.get('end'));
    }
  });

  it('finds every alias, Latin and Chinese, through the full-text index entity_names', async () => {
    const misses: string[] = [];
    let chinese = 0;
    for (const node of seed.nodes) {
      for (const alias of node.properties.aliases) {
        if (/\p{Script=Han}/u.test(alias)) chinese++;
        const phrase = `"${alias.replace(/["\\]/g, '\\$&')}"`;
        const hits = await db.run<{ key: string }>(
          "CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 10}) YIELD node RETURN node.key AS key",
          { phrase },
          'READ',
        );
        if (!hits.records.some((r) => r.get('key') === node.key)) misses.push(`${alias} → ${node.key}`);
      }
    }
    expect(misses).toEqual([]);
    expect(chinese).toBeGreaterThan(40);
  });
});
