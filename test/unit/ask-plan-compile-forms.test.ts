// Ask's planner, plan → Cypher, for the question forms that are not lists: superlatives (most, fewest, counted by a
// label), yes/no (the fact, another node in the same place, other facts between the two) and figures compared.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../server/ask/plan/compile.ts';
import type { NodeSet } from '../../server/ask/plan/types.ts';

const known = { labels: new Set(['Person', 'Movie', 'Event']), types: new Set(['ACTED_IN', 'FOLLOWS', 'DIRECTED']) };
const tom: NodeSet = { kind: 'entity', node: { id: 'id-tom', name: 'Tom' } };
const movies: NodeSet = { kind: 'label', label: 'Movie', noun: 'movies' };
const acted: NodeSet = { kind: 'step', from: tom, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
const q4 = { from: '2019-10-01', to: '2020-01-01', label: 'Q4 2019', periods: ['2019-Q4'], start: 0, end: 0 };
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('question forms compiled', () => {
  it("the fewest, counting neighbours of one label only", () => {
    expect(compilePlan({ kind: 'most', set: movies, types: ['ACTED_IN'], direction: 'in', order: 'fewest', words: 'a', counted: 'Person' }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "WITH DISTINCT x",
        "WITH x, COUNT { MATCH (x)<-[:`ACTED_IN`]-(o:`Person`) RETURN DISTINCT o } AS value",
        "WITH collect({node: x, value: value}) AS scored, min(value) AS top",
        "UNWIND [s IN scored WHERE s.value = top AND top > 0] AS best",
        "WITH best.node AS answer, best.value AS total",
        "OPTIONAL MATCH path = (answer)<-[:`ACTED_IN`]-(o:`Person`)",
        "WITH answer, total, collect(path)[0..20] AS paths",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "RETURN answer, paths, total, 'most' AS kind",
      ),
      params: {},
    });
  });

  it("the most, counting neighbours either way", () => {
    expect(compilePlan({ kind: 'most', set: movies, types: ['ACTED_IN'], direction: 'both', order: 'most', words: 'a' }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "WITH DISTINCT x",
        "WITH x, COUNT { MATCH (x)-[:`ACTED_IN`]-(o) RETURN DISTINCT o } AS value",
        "WITH collect({node: x, value: value}) AS scored, max(value) AS top",
        "UNWIND [s IN scored WHERE s.value = top AND top > 0] AS best",
        "WITH best.node AS answer, best.value AS total",
        "OPTIONAL MATCH path = (answer)-[:`ACTED_IN`]-(o)",
        "WITH answer, total, collect(path)[0..20] AS paths",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "RETURN answer, paths, total, 'most' AS kind",
      ),
      params: {},
    });
  });

  it("yes/no from a name along the type: the fact, another in its place, other facts", () => {
    expect(compilePlan({ kind: 'check', node: { id: 'id-apollo', name: 'Apollo' }, set: acted }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  MATCH (n1) WHERE elementId(n1) = $p2",
        "  MATCH path3 = (n1)-[r4:`ACTED_IN`]->(e) WHERE e <> n1",
        "  RETURN 'yes' AS kind, e AS answer, [path3] AS paths LIMIT 5",
        "  UNION ALL",
        "  MATCH (s) WHERE elementId(s) = $p5",
        "  MATCH (t) WHERE elementId(t) = $p0",
        "  MATCH path = (o)-[:`ACTED_IN`]->(t) WHERE o <> s AND NOT EXISTS { MATCH (a)-[:`ACTED_IN`]->(m)<-[:`ACTED_IN`]-(b) WHERE a <> b }",
        "  RETURN 'instead' AS kind, o AS answer, [path] AS paths LIMIT 5",
        "  UNION ALL",
        "  MATCH (s) WHERE elementId(s) = $p5",
        "  MATCH (t) WHERE elementId(t) = $p0",
        "  MATCH path = (s)-[r]-(t) WHERE NOT type(r) IN $p6",
        "  RETURN 'other' AS kind, t AS answer, [path] AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: {"p0":"id-apollo","p2":"id-tom","p5":"id-tom","p6":["ACTED_IN","MENTIONED_IN","HAS_SENTENCE"]},
    });
  });

  it("yes/no against the type: the two ends swap", () => {
    expect(compilePlan({ kind: 'check', node: { id: 'id-apollo', name: 'Apollo' }, set: { ...acted, direction: 'in' } as NodeSet }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  MATCH (n1) WHERE elementId(n1) = $p2",
        "  MATCH path3 = (n1)<-[r4:`ACTED_IN`]-(e) WHERE e <> n1",
        "  RETURN 'yes' AS kind, e AS answer, [path3] AS paths LIMIT 5",
        "  UNION ALL",
        "  MATCH (s) WHERE elementId(s) = $p0",
        "  MATCH (t) WHERE elementId(t) = $p5",
        "  MATCH path = (o)-[:`ACTED_IN`]->(t) WHERE o <> s AND NOT EXISTS { MATCH (a)-[:`ACTED_IN`]->(m)<-[:`ACTED_IN`]-(b) WHERE a <> b }",
        "  RETURN 'instead' AS kind, o AS answer, [path] AS paths LIMIT 5",
        "  UNION ALL",
        "  MATCH (s) WHERE elementId(s) = $p0",
        "  MATCH (t) WHERE elementId(t) = $p5",
        "  MATCH path = (s)-[r]-(t) WHERE NOT type(r) IN $p6",
        "  RETURN 'other' AS kind, t AS answer, [path] AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: {"p0":"id-apollo","p2":"id-tom","p5":"id-tom","p6":["ACTED_IN","MENTIONED_IN","HAS_SENTENCE"]},
    });
  });

  it("yes/no on a relation read both ways: no other in its place", () => {
    expect(compilePlan({ kind: 'check', node: { id: 'id-apollo', name: 'Apollo' }, set: { ...acted, direction: 'both' } as NodeSet }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  MATCH (n1) WHERE elementId(n1) = $p2",
        "  MATCH path3 = (n1)-[r4:`ACTED_IN`]-(e) WHERE e <> n1",
        "  RETURN 'yes' AS kind, e AS answer, [path3] AS paths LIMIT 5",
        "  UNION ALL",
        "  MATCH (s) WHERE elementId(s) = $p5",
        "  MATCH (t) WHERE elementId(t) = $p0",
        "  MATCH path = (s)-[r]-(t) WHERE NOT type(r) IN $p6",
        "  RETURN 'other' AS kind, t AS answer, [path] AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: {"p0":"id-apollo","p2":"id-tom","p5":"id-tom","p6":["ACTED_IN","MENTIONED_IN","HAS_SENTENCE"]},
    });
  });

  it("yes/no on a label: the fact only", () => {
    expect(compilePlan({ kind: 'check', node: { id: 'id-apollo', name: 'Apollo' }, set: movies }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  MATCH (e:`Movie`)",
        "  RETURN 'yes' AS kind, e AS answer, [] AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: {"p0":"id-apollo"},
    });
  });

  it("figures compared in a period", () => {
    expect(compilePlan({ kind: 'compare', nodes: [{ id: 'id-a', name: 'A' }, { id: 'id-b', name: 'B' }], metric: ['sales'], order: 'more', time: q4 }, known)).toEqual({
      cypher: text(
        "MATCH (x) WHERE elementId(x) IN $p0",
        "MATCH path = (x)-[r]-(figure)",
        "WHERE (figure.value IS :: INTEGER OR figure.value IS :: FLOAT)",
        "  AND all(word IN $p1 WHERE toLower(coalesce(figure.metric, figure.name, '')) CONTAINS word)",
        "  AND ($p2 IS NULL OR figure.period IN $p2)",
        "RETURN x AS answer, [path] AS paths, figure.value AS total, 'figure' AS kind",
        "ORDER BY total DESC",
      ),
      params: {"p0":["id-a","id-b"],"p1":["sales"],"p2":["2019-Q4"]},
    });
  });

  it("figures compared at any time", () => {
    expect(compilePlan({ kind: 'compare', nodes: [{ id: 'id-a', name: 'A' }, { id: 'id-b', name: 'B' }], metric: ['sales'], order: 'more' }, known)).toEqual({
      cypher: text(
        "MATCH (x) WHERE elementId(x) IN $p0",
        "MATCH path = (x)-[r]-(figure)",
        "WHERE (figure.value IS :: INTEGER OR figure.value IS :: FLOAT)",
        "  AND all(word IN $p1 WHERE toLower(coalesce(figure.metric, figure.name, '')) CONTAINS word)",
        "  AND ($p2 IS NULL OR figure.period IN $p2)",
        "RETURN x AS answer, [path] AS paths, figure.value AS total, 'figure' AS kind",
        "ORDER BY total DESC",
      ),
      params: {"p0":["id-a","id-b"],"p1":["sales"],"p2":null},
    });
  });
});
