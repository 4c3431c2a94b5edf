// Ask's planner, plan → Cypher, for the sets: the exact query and parameters of each kind of set (a name, a label,
// a step over given types or over any type but the evidence layer's, and / or / minus, a time, a degree, the dated
// nodes tied to names), bound or filtering. Names and dates only in parameters; labels and types quoted.
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../server/ask/plan/compile.ts';
import type { NodeSet } from '../../server/ask/plan/types.ts';

const known = { labels: new Set(['Person', 'Movie', 'Event']), types: new Set(['ACTED_IN', 'FOLLOWS', 'DIRECTED']) };
const tom: NodeSet = { kind: 'entity', node: { id: 'id-tom', name: 'Tom' } };
const movies: NodeSet = { kind: 'label', label: 'Movie', noun: 'movies' };
const acted: NodeSet = { kind: 'step', from: tom, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
const q4 = { from: '2019-10-01', to: '2020-01-01', label: 'Q4 2019', periods: ['2019-Q4'], start: 0, end: 0 };
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

/** The end of every list, count and "when": one row per answer with its paths, the total over all of them. */
const rowsOf = (kind: string) => [
  'WITH x AS answer, collect(paths) AS pathLists',
  "ORDER BY coalesce(answer.name, answer.title, '')",
  'WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..20]})[0..100] AS rows',
  'UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row',
  `RETURN row.answer AS answer, row.paths AS paths, total, '${kind}' AS kind`,
];

describe('sets compiled', () => {
  it("a label and a step from a name: the label binds, the step filters", () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'and', sets: [movies, acted] } }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "MATCH (n0) WHERE elementId(n0) = $p1",
        "MATCH path2 = (n0)-[r3:`ACTED_IN`]->(x) WHERE x <> n0",
        "WITH x, [path2] AS paths",
        ...rowsOf('list'),
      ),
      params: {"p1":"id-tom"},
    });
  });

  it("a step over any type leaves out the evidence layer", () => {
    expect(compilePlan({ kind: 'count', set: { kind: 'step', from: { kind: 'any' }, types: [], direction: 'both', words: 'x', role: 'any' } }, known)).toEqual({
      cypher: text(
        "MATCH (n0) WHERE NOT n0:`Document` AND NOT n0:`Sentence`",
        "MATCH path1 = (n0)-[r2]-(x) WHERE x <> n0 AND NOT type(r2) IN $p3 AND NOT x:`Document` AND NOT x:`Sentence`",
        "WITH x, [path1] AS paths",
        ...rowsOf('count'),
      ),
      params: {"p3":["MENTIONED_IN","HAS_SENTENCE"]},
    });
  });

  it("\"or\" binds through a union before the label filters", () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'and', sets: [movies, { kind: 'or', sets: [acted, { kind: 'step', from: tom, types: ['DIRECTED', 'FOLLOWS'], direction: 'in', words: 'd', role: 'agent' }] }] } }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n2) WHERE elementId(n2) = $p3",
        "  MATCH path4 = (n2)-[r5:`ACTED_IN`]->(n0) WHERE n0 <> n2",
        "  RETURN n0, [path4] AS paths1",
        "  UNION ALL",
        "  MATCH (n6) WHERE elementId(n6) = $p7",
        "  MATCH path8 = (n6)<-[r9:`DIRECTED`|`FOLLOWS`]-(n0) WHERE n0 <> n6",
        "  RETURN n0, [path8] AS paths1",
        "}",
        "WITH *, n0 AS x",
        "MATCH (x:`Movie`)",
        "WITH x, [] + paths1 AS paths",
        ...rowsOf('list'),
      ),
      params: {"p3":"id-tom","p7":"id-tom"},
    });
  });

  it("\"minus\" filters by a set bound inside NOT EXISTS", () => {
    expect(compilePlan({ kind: 'count', set: { kind: 'minus', set: movies, minus: { kind: 'or', sets: [tom, movies] } } }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "WITH * WHERE NOT EXISTS {",
        "  CALL () {",
        "  MATCH (n0) WHERE elementId(n0) = $p2",
        "  RETURN n0, [] AS paths1",
        "  UNION ALL",
        "  MATCH (n0:`Movie`)",
        "  RETURN n0, [] AS paths1",
        "}",
        "  WITH * WHERE n0 = x",
        "}",
        "WITH x, [] AS paths",
        ...rowsOf('count'),
      ),
      params: {"p2":"id-tom"},
    });
  });

  it("a time filter over dated nodes and figure periods, then a name taken out", () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'minus', set: { kind: 'during', set: movies, time: q4 }, minus: tom } }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "WITH * WHERE (x.date IS :: DATE AND x.date >= date($p0) AND CASE x.date_precision WHEN 'year' THEN x.date + duration('P1Y') WHEN 'month' THEN x.date + duration('P1M') ELSE x.date + duration('P1D') END <= date($p1)) OR (x.period IS :: STRING AND x.period IN $p2)",
        "WITH * WHERE NOT EXISTS {",
        "  MATCH (x) WHERE elementId(x) = $p3",
        "}",
        "WITH x, [] AS paths",
        ...rowsOf('list'),
      ),
      params: {"p0":"2019-10-01","p1":"2020-01-01","p2":["2019-Q4"],"p3":"id-tom"},
    });
  });

  it("a degree counts distinct neighbours past a minimum", () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'degree', set: movies, types: ['ACTED_IN'], direction: 'in', min: 2, words: 'a' } }, known)).toEqual({
      cypher: text(
        "MATCH (x:`Movie`)",
        "WITH * WHERE COUNT { MATCH (x)<-[:`ACTED_IN`]-(o0) RETURN DISTINCT o0 } > $p1",
        "WITH x, [] AS paths",
        ...rowsOf('list'),
      ),
      params: {"p1":2},
    });
  });

  it("the dated nodes tied to names: events of the label, closest to the words", () => {
    expect(compilePlan({ kind: 'when', set: { kind: 'about', nodes: [{ id: 'id-tom', name: 'Tom' }], label: 'Event', words: ['win'] } }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n0:`Event`) WHERE NOT n0:`Document` AND NOT n0:`Sentence` AND true",
        "    AND (elementId(n0) IN $p3 OR EXISTS { MATCH (n0)--(n1) WHERE elementId(n1) IN $p3 })",
        "  WITH n0, size([id IN $p3 WHERE elementId(n0) = id OR EXISTS { MATCH (n0)--(n1) WHERE elementId(n1) = id }]) AS tied,",
        "       toLower(coalesce(n0.name, n0.title, '') + ' ' + coalesce(n0.description, '') + ' ' +",
        "               reduce(s = '', a IN CASE WHEN n0.aliases IS :: LIST<STRING NOT NULL> THEN n0.aliases ELSE [] END | s + ' ' + a)) AS text",
        "  WITH n0, tied * 100 + size([word IN $p4 WHERE text CONTAINS word]) AS score",
        "  WITH collect({node: n0, score: score}) AS scored, max(score) AS top",
        "  UNWIND [s IN scored WHERE s.score = top] AS best",
        "  WITH best.node AS n0",
        "  OPTIONAL MATCH path = (n0)-[r]-(n1) WHERE elementId(n1) IN $p3",
        "  RETURN n0, collect(path) AS paths2",
        "}",
        "WITH *, n0 AS x",
        "WITH x, [] + paths2 AS paths",
        ...rowsOf('when'),
      ),
      params: {"p3":["id-tom"],"p4":["win"]},
    });
  });

  it("without an event label, any node with a date", () => {
    expect(compilePlan({ kind: 'when', set: { kind: 'about', nodes: [{ id: 'id-tom', name: 'Tom' }], words: [] } }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n0) WHERE NOT n0:`Document` AND NOT n0:`Sentence` AND (n0.date IS NOT NULL OR n0.date_text IS NOT NULL)",
        "    AND (elementId(n0) IN $p3 OR EXISTS { MATCH (n0)--(n1) WHERE elementId(n1) IN $p3 })",
        "  WITH n0, size([id IN $p3 WHERE elementId(n0) = id OR EXISTS { MATCH (n0)--(n1) WHERE elementId(n1) = id }]) AS tied,",
        "       toLower(coalesce(n0.name, n0.title, '') + ' ' + coalesce(n0.description, '') + ' ' +",
        "               reduce(s = '', a IN CASE WHEN n0.aliases IS :: LIST<STRING NOT NULL> THEN n0.aliases ELSE [] END | s + ' ' + a)) AS text",
        "  WITH n0, tied * 100 + size([word IN $p4 WHERE text CONTAINS word]) AS score",
        "  WITH collect({node: n0, score: score}) AS scored, max(score) AS top",
        "  UNWIND [s IN scored WHERE s.score = top] AS best",
        "  WITH best.node AS n0",
        "  OPTIONAL MATCH path = (n0)-[r]-(n1) WHERE elementId(n1) IN $p3",
        "  RETURN n0, collect(path) AS paths2",
        "}",
        "WITH *, n0 AS x",
        "WITH x, [] + paths2 AS paths",
        ...rowsOf('when'),
      ),
      params: {"p3":["id-tom"],"p4":[]},
    });
  });

  it("a second subquery filters the variable the first bound", () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'and', sets: [{ kind: 'or', sets: [tom, movies] }, { kind: 'about', nodes: [{ id: 'id-tom', name: 'Tom' }], words: ['x'] }] } }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  MATCH (n0) WHERE elementId(n0) = $p2",
        "  RETURN n0, [] AS paths1",
        "  UNION ALL",
        "  MATCH (n0:`Movie`)",
        "  RETURN n0, [] AS paths1",
        "}",
        "WITH *, n0 AS x",
        "CALL () {",
        "  MATCH (n3) WHERE NOT n3:`Document` AND NOT n3:`Sentence` AND (n3.date IS NOT NULL OR n3.date_text IS NOT NULL)",
        "    AND (elementId(n3) IN $p6 OR EXISTS { MATCH (n3)--(n4) WHERE elementId(n4) IN $p6 })",
        "  WITH n3, size([id IN $p6 WHERE elementId(n3) = id OR EXISTS { MATCH (n3)--(n4) WHERE elementId(n4) = id }]) AS tied,",
        "       toLower(coalesce(n3.name, n3.title, '') + ' ' + coalesce(n3.description, '') + ' ' +",
        "               reduce(s = '', a IN CASE WHEN n3.aliases IS :: LIST<STRING NOT NULL> THEN n3.aliases ELSE [] END | s + ' ' + a)) AS text",
        "  WITH n3, tied * 100 + size([word IN $p7 WHERE text CONTAINS word]) AS score",
        "  WITH collect({node: n3, score: score}) AS scored, max(score) AS top",
        "  UNWIND [s IN scored WHERE s.score = top] AS best",
        "  WITH best.node AS n3",
        "  OPTIONAL MATCH path = (n3)-[r]-(n4) WHERE elementId(n4) IN $p6",
        "  RETURN n3, collect(path) AS paths5",
        "}",
        "WITH * WHERE n3 = x",
        "WITH x, [] + paths1 + paths5 AS paths",
        ...rowsOf('list'),
      ),
      params: {"p2":"id-tom","p6":["id-tom"],"p7":["x"]},
    });
  });
});
