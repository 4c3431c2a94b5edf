// Ask's planner, plan → Cypher, for "either of two names" (an `or` set, compiled as a UNION subquery) where it is
// the start of a step, the set a superlative picks from, and the set a yes/no question checks: the union binds
// the variable when nothing has bound it yet, and filters it when something has.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../server/ask/plan/compile.ts';
import type { NodeSet } from '../../server/ask/plan/types.ts';

const known = { labels: new Set(['Person', 'Movie', 'Event']), types: new Set(['ACTED_IN', 'FOLLOWS', 'DIRECTED']) };
const tom = { kind: 'entity', node: { id: 'id-tom', name: 'Tom' } } as const;
const meg: NodeSet = { kind: 'entity', node: { id: 'id-meg', name: 'Meg' } };
const either: NodeSet = { kind: 'or', sets: [tom, meg] };
const step: NodeSet = { kind: 'step', from: either, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('either of two names, compiled', () => {
  it("what either of two people acted in starts from whichever of them (the union binds the start)", () => {
    expect(compilePlan({ kind: 'list', set: step }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n1) WHERE elementId(n1) = $p3",
        "  RETURN n1, [] AS paths2",
        "  UNION ALL",
        "  MATCH (n1) WHERE elementId(n1) = $p4",
        "  RETURN n1, [] AS paths2",
        "}",
        "WITH *, n1 AS n0",
        "MATCH path5 = (n0)-[r6:`ACTED_IN`]->(x) WHERE x <> n0",
        "WITH x, [path5] + paths2 AS paths",
        "WITH x AS answer, collect(paths) AS pathLists",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..20]})[0..100] AS rows",
        "UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row",
        "RETURN row.answer AS answer, row.paths AS paths, total, 'list' AS kind",
      ),
      params: { p3: 'id-tom', p4: 'id-meg' },
    });
  });

  it("the most among either of two people is picked from the union", () => {
    expect(compilePlan({ kind: 'most', set: either, types: ['ACTED_IN'], direction: 'out', order: 'most', words: 'a' }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n0) WHERE elementId(n0) = $p2",
        "  RETURN n0, [] AS paths1",
        "  UNION ALL",
        "  MATCH (n0) WHERE elementId(n0) = $p3",
        "  RETURN n0, [] AS paths1",
        "}",
        "WITH *, n0 AS x",
        "WITH DISTINCT x",
        "WITH x, COUNT { MATCH (x)-[:`ACTED_IN`]->(o) RETURN DISTINCT o } AS value",
        "WITH collect({node: x, value: value}) AS scored, max(value) AS top",
        "UNWIND [s IN scored WHERE s.value = top AND top > 0] AS best",
        "WITH best.node AS answer, best.value AS total",
        "OPTIONAL MATCH path = (answer)-[:`ACTED_IN`]->(o)",
        "WITH answer, total, collect(path)[0..20] AS paths",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "RETURN answer, paths, total, 'most' AS kind",
      ),
      params: { p2: 'id-tom', p3: 'id-meg' },
    });
  });

  it("whether a person is either of two keeps the person it asks about (the union filters it)", () => {
    expect(compilePlan({ kind: 'check', node: tom.node, set: either }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  CALL () {",
        "  MATCH (n1) WHERE elementId(n1) = $p3",
        "  RETURN n1, [] AS paths2",
        "  UNION ALL",
        "  MATCH (n1) WHERE elementId(n1) = $p4",
        "  RETURN n1, [] AS paths2",
        "}",
        "  WITH * WHERE n1 = e",
        "  RETURN 'yes' AS kind, e AS answer, [] + paths2 AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: { p0: 'id-tom', p3: 'id-tom', p4: 'id-meg' },
    });
  });

});
