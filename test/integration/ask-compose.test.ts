// Composed questions on the seed graph (see ask-compose-suite.ts): chains, and/or/not, counts, superlatives, types,
// time, figures compared, yes/no/not recorded, attributes and traps. Also: the plan's Cypher, run again with its
// parameters, gives the same answers, and no text of the question is ever in the Cypher.
import { afterAll, describe, expect, it } from 'vitest';
import { ask } from '../../server/ask/service.ts';
import type { AskResponse } from '../../server/contract.ts';
import { mainDatabase } from '../helpers/db.ts';
import { COMPOSE_SUITE, composeProblems } from './ask-compose-suite.ts';

describe('composed questions on the seed graph', () => {
  const db = mainDatabase();
  const answers = new Map<string, AskResponse>();
  afterAll(() => db.close());

  it('covers every category, with traps', () => {
    const categories = new Set(COMPOSE_SUITE.map((c) => c.category));
    for (const category of ['chain', 'and/or/not', 'count', 'superlative', 'types', 'time', 'figures compared', 'yes/no', 'attributes', 'trap']) {
      expect(categories, category).toContain(category);
    }
  });

  it.each(COMPOSE_SUITE.map((c) => [c.category, c.question, c] as const))('[%s] %s', async (_category, question, test) => {
    const response = await ask(db, question);
    answers.set(question, response);
    expect(composeProblems(test, response)).toEqual([]);
  });

  it('puts no word of the question into the Cypher, and the Cypher with its parameters gives the answer again', async () => {
    const planned = [...answers.entries()].filter(([, r]) => r.cypher && r.known);
    expect(planned.length).toBeGreaterThan(30);
    for (const [question, response] of planned) {
      for (const name of response.entities.map((e) => e.name)) expect(response.cypher.includes(name), `${question}: ${name}`).toBe(false);
      const rerun = await db.run(response.cypher, response.params, 'READ');
      const ids = new Set(
        rerun.records.flatMap((record) => {
          const answer = record.get('answer') as { properties: Record<string, unknown> } | null;
          const paths = (record.keys.includes('paths') ? record.get('paths') : [record.get('path')]) as { start: { properties: Record<string, unknown> }; segments: { end: { properties: Record<string, unknown> } }[] }[] | null;
          const onPaths = (paths ?? []).filter(Boolean).flatMap((p) => [p.start, ...p.segments.map((s) => s.end)].map((n) => String(n.properties.key)));
          return [...(answer ? [String(answer.properties.key)] : []), ...onPaths];
        }),
      );
      for (const entity of response.entities) expect(ids.has(entity.key), `${question}: ${entity.key}`).toBe(true);
    }
  });
});
