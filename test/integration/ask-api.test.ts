// POST /api/ask over HTTP: the contract's shape, 400 for empty, over-long or malformed questions, and the
// suggestions of a question nobody understood are themselves answerable on the current graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../server/ask/service.ts';
import type { AskResponse } from '../../server/contract.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('POST /api/ask', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_SECOND: '1000' }) });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('answers "who owns Youku?" with the contract: Alibaba, its evidence, the query, the subgraph', async () => {
    const response = await post({ question: 'who owns Youku?' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as AskResponse;
    expect(Object.keys(body).sort()).toEqual(['answer', 'complete', 'cypher', 'entities', 'evidence', 'known', 'params', 'subgraph', 'suggestions', 'understood', 'unused']);
    expect(body.known).toBe(true);
    expect(body.entities).toEqual([expect.objectContaining({ key: 'alibaba', name: 'Alibaba', labels: expect.arrayContaining(['Company']) })]);
    expect(body.entities[0]!.aliases).toContain('阿里巴巴');
    expect(body.answer).toContain('Alibaba');
    expect(body.evidence[0]).toMatchObject({ document: 'alibaba-article', sentence: expect.any(Number), quote: expect.stringContaining('Youku') });
    expect(body.cypher).toMatch(/MATCH/);
    expect(body.params).toEqual({ id: expect.any(String) });
    const ids = new Set(body.subgraph.nodes.map((n) => n.id));
    expect(body.subgraph.nodes.map((n) => n.properties.key).sort()).toEqual(['alibaba', 'youku']);
    for (const r of body.subgraph.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
  });

  it('refuses an empty, blank, over-long or missing question with 400 VALIDATION_FAILED', async () => {
    for (const body of [{ question: '' }, { question: '   ' }, { question: 'x'.repeat(MAX_QUESTION_LENGTH + 1) }, {}, { question: 42 }, { question: 'who owns Youku?', extra: 1 }]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const error = await response.json();
      expect(error.error.code).toBe('VALIDATION_FAILED');
      expect(typeof error.error.message).toBe('string');
    }
  });

  it('refuses a body that is not JSON with 400 BAD_REQUEST', async () => {
    const response = await post('{"question": ');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('BAD_REQUEST');
  });

  it('answers a question it does not understand with the forms it knows, whose examples it can answer', async () => {
    const body = (await (await post({ question: 'what colour is the sky?' })).json()) as AskResponse;
    expect(body.known).toBe(false);
    expect(body.entities).toEqual([]);
    expect(body.suggestions.length).toBeGreaterThanOrEqual(10);
    for (const suggestion of body.suggestions) {
      const answer = (await (await post({ question: suggestion })).json()) as AskResponse;
      expect(answer.known, `${suggestion} → ${answer.answer}`).toBe(true);
    }
  });

  it('says which names it could mean when a name fits several, and offers each', async () => {
    const body = (await (await post({ question: 'who owns the video?' })).json()) as AskResponse;
    expect(body.known).toBe(false);
    expect(body.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of body.suggestions) expect(((await (await post({ question: suggestion })).json()) as AskResponse).answer).not.toMatch(/could mean several/);
  });
});
