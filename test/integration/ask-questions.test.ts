// The Ask question suite on the seed graph (see ask-suite.ts): every form in many phrasings, aliases, Chinese
// names, typos, possessives, negatives, unknown and ambiguous names. Expected answers come from the seed file.
// Also: evidence is the article's words at its offsets, and the Cypher and parameters shown reproduce the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/ask/service.ts';
import { linkText, type QuestionTranslator } from '../../server/ask/translator.ts';
import type { AskResponse } from '../../server/contract.ts';
import { mainDatabase } from '../helpers/db.ts';
import { ASK_SUITE, problemsWith } from './ask-suite.ts';

describe('the Ask question suite on the seed graph', () => {
  const db = mainDatabase();
  const answers = new Map<string, AskResponse>();
  let documents: Map<string, string>;

  beforeAll(async () => {
    const result = await db.run<{ key: string; text: string }>('MATCH (d:Document) RETURN d.key AS key, d.text AS text', {}, 'READ');
    documents = new Map(result.records.map((r) => [r.get('key'), r.get('text')]));
  });
  afterAll(() => db.close());

  it('covers every form, and negatives, unknown and ambiguous names', () => {
    const topics = new Set(ASK_SUITE.map((c) => c.topic.replace(/ \(.*\)$/, '')));
    for (const topic of ['competitors', 'owner', 'ultimate owner', 'holdings', 'leader', 'former leader', 'leadership roles', 'successor', 'predecessor', 'partners', 'traffic sources', 'connection', 'about', 'events', 'figures', 'unknown entity', 'ambiguous', 'not understood']) {
      expect(topics, topic).toContain(topic);
    }
    expect(ASK_SUITE.some((c) => c.expect.kind === 'entities' && c.expect.keys.length === 0)).toBe(true);
    expect(ASK_SUITE.some((c) => /\p{Script=Han}/u.test(c.question))).toBe(true);
  });

  it.each(ASK_SUITE.map((c) => [c.topic, c.question, c] as const))('[%s] %s', async (_topic, question, test) => {
    const response = await ask(db, question);
    answers.set(question, response);
    expect(problemsWith(test, response)).toEqual([]);
    if (!response.known) {
      expect(response.entities).toEqual([]);
      expect(response.evidence).toEqual([]);
    }
  });

  it('quotes evidence verbatim from the documents it names', () => {
    const known = [...answers.values()].filter((r) => r.evidence.length > 0);
    expect(known.length).toBeGreaterThan(50);
    for (const response of known) {
      for (const item of response.evidence) {
        const text = documents.get(item.document);
        expect(text, item.document).toBeDefined();
        expect(text!.includes(item.quote), item.quote).toBe(true);
      }
      for (const relationship of response.subgraph.relationships) {
        const { evidence_document: doc, evidence_start: start, evidence_end: end, evidence_quote: quote } = relationship.properties as Record<string, unknown>;
        if (typeof doc === 'string') expect(documents.get(doc)!.slice(Number(start), Number(end))).toBe(quote);
      }
    }
  });

  it('shows the Cypher and parameters that produced the answer: running them gives the same entities', async () => {
    const known = [...answers.entries()].filter(([, r]) => r.known && r.cypher);
    expect(known.length).toBeGreaterThan(50);
    for (const [question, response] of known) {
      const rerun = await db.run(response.cypher, response.params, 'READ');
      const keys = new Set(
        rerun.records.flatMap((record) => {
          type PathRecord = { start: { properties: Record<string, unknown> }; segments: { end: { properties: Record<string, unknown> } }[] };
          const answer = record.get('answer') as { properties: Record<string, unknown>; elementId: string } | null;
          // Forms return one `path`; plans a list of `paths`.
          const paths = (record.keys.includes('paths') ? record.get('paths') : [record.get('path')]) as (PathRecord | null)[];
          const onPaths = paths.flatMap((path) => (path ? [path.start, ...path.segments.map((s) => s.end)].map((n) => String(n.properties.key)) : []));
          return [...(answer ? [String(answer.properties.key ?? answer.elementId)] : []), ...onPaths];
        }),
      );
      for (const entity of response.entities) expect(keys.has(entity.key), `${question}: ${entity.key}`).toBe(true);
    }
  });

  it('takes another translator through the same seam (a form id and quoted names, no Cypher)', async () => {
    const quoting: QuestionTranslator = {
      name: 'quoting',
      translate: async (question, index) => ({ readings: [{ form: 'owner', subject: linkText(index, question.replace(/^owner of /, '')), options: {} }] }),
    };
    const response = await ask(db, 'owner of Youku', { translator: quoting });
    expect(response.entities.map((e) => e.key)).toEqual(['alibaba']);
    expect((await ask(db, 'owner of Nobody Inc', { translator: quoting })).answer).toContain('no entity called “Nobody Inc”');
  });

  it('gives the same answer to the same question (deterministic)', async () => {
    for (const question of ['who competes with Meituan?', 'How are Youku and Meituan connected?', 'What do we know about Douyin?', 'asdf qwer zxcv']) {
      const again = await ask(db, question);
      expect(again).toEqual(answers.get(question));
    }
  });
});
