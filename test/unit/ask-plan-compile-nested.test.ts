// Ask's planner, plan → Cypher, where sets nest: an "about" set (events tied to names) as one of two alternatives
// and as one of two conditions, a step taken from another step (both paths are the evidence), and a yes/no
// question over a step of two relationship types (only a single type has the "instead" and "other" rows).
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../server/ask/plan/compile.ts';
import type { NodeSet } from '../../server/ask/plan/types.ts';

const known = { labels: new Set(['Person', 'Movie', 'Event']), types: new Set(['ACTED_IN', 'FOLLOWS', 'DIRECTED']) };
const tom: NodeSet = { kind: 'entity', node: { id: 'id-tom', name: 'Tom' } };
const meg = { id: 'id-meg', name: 'Meg' };
const trials: NodeSet = { kind: 'about', nodes: [{ id: 'id-tom', name: 'Tom' }], label: 'Event', words: ['trial'] };
const actedIn: NodeSet = { kind: 'step', from: tom, types: ['ACTED_IN'], direction: 'out', words: 'acted in', role: 'patient' };
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('nested sets, compiled', () => {
  it('events about a name, as one of two alternatives, bind their own variable inside the union', () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'or', sets: [trials, { kind: 'entity', node: meg }] } }, known)).toEqual({
      cypher: text(
        "CALL () {",
        "  CALL () {",
        "    MATCH (n2:`Event`) WHERE NOT n2:`Document` AND NOT n2:`Sentence` AND true",
        "      AND (elementId(n2) IN $p5 OR EXISTS { MATCH (n2)--(n3) WHERE elementId(n3) IN $p5 })",
        "    WITH n2, size([id IN $p5 WHERE elementId(n2) = id OR EXISTS { MATCH (n2)--(n3) WHERE elementId(n3) = id }]) AS tied,",
        "         toLower(coalesce(n2.name, n2.title, '') + ' ' + coalesce(n2.description, '') + ' ' +",
        "                 reduce(s = '', a IN CASE WHEN n2.aliases IS :: LIST<STRING NOT NULL> THEN n2.aliases ELSE [] END | s + ' ' + a)) AS text",
        "    WITH n2, tied * 100 + size([word IN $p6 WHERE text CONTAINS word]) AS score",
        "    WITH collect({node: n2, score: score}) AS scored, max(score) AS top",
        "    UNWIND [s IN scored WHERE s.score = top] AS best",
        "    WITH best.node AS n2",
        "    OPTIONAL MATCH path = (n2)-[r]-(n3) WHERE elementId(n3) IN $p5",
        "    RETURN n2, collect(path) AS paths4",
        "  }",
        "  WITH *, n2 AS n0",
        "  RETURN n0, [] + paths4 AS paths1",
        "  UNION ALL",
        "  MATCH (n0) WHERE elementId(n0) = $p7",
        "  RETURN n0, [] AS paths1",
        "}",
        "WITH *, n0 AS x",
        "WITH x, [] + paths1 AS paths",
        "WITH x AS answer, collect(paths) AS pathLists",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..20]})[0..100] AS rows",
        "UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row",
        "RETURN row.answer AS answer, row.paths AS paths, total, 'list' AS kind",
      ),
      params: {"p5":["id-tom"],"p6":["trial"],"p7":"id-meg"},
    });
  });

  it('events about a name, as one of two conditions, are found first and the label filters them', () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'and', sets: [{ kind: 'label', label: 'Event', noun: 'events' }, trials] } }, known)).toEqual({
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
        "MATCH (x:`Event`)",
        "WITH x, [] + paths2 AS paths",
        "WITH x AS answer, collect(paths) AS pathLists",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..20]})[0..100] AS rows",
        "UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row",
        "RETURN row.answer AS answer, row.paths AS paths, total, 'list' AS kind",
      ),
      params: {"p3":["id-tom"],"p4":["trial"]},
    });
  });

  it('who directed what a person acted in shows both steps as the evidence', () => {
    expect(compilePlan({ kind: 'list', set: { kind: 'step', from: actedIn, types: ['DIRECTED'], direction: 'in', words: 'directed', role: 'agent' } }, known)).toEqual({
      cypher: text(
        "MATCH (n1) WHERE elementId(n1) = $p2",
        "MATCH path3 = (n1)-[r4:`ACTED_IN`]->(n0) WHERE n0 <> n1",
        "MATCH path5 = (n0)<-[r6:`DIRECTED`]-(x) WHERE x <> n0",
        "WITH x, [path3, path5] AS paths",
        "WITH x AS answer, collect(paths) AS pathLists",
        "ORDER BY coalesce(answer.name, answer.title, '')",
        "WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..20]})[0..100] AS rows",
        "UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row",
        "RETURN row.answer AS answer, row.paths AS paths, total, 'list' AS kind",
      ),
      params: {"p2":"id-tom"},
    });
  });

  it('whether a person is what another acted in or directed asks only yes (no "instead" or "other" rows for two types)', () => {
    const either: NodeSet = { kind: 'step', from: tom, types: ['ACTED_IN', 'DIRECTED'], direction: 'out', words: 'acted in', role: 'patient' };
    expect(compilePlan({ kind: 'check', node: meg, set: either }, known)).toEqual({
      cypher: text(
        "MATCH (e) WHERE elementId(e) = $p0",
        "CALL (e) {",
        "  MATCH (n1) WHERE elementId(n1) = $p2",
        "  MATCH path3 = (n1)-[r4:`ACTED_IN`|`DIRECTED`]->(e) WHERE e <> n1",
        "  RETURN 'yes' AS kind, e AS answer, [path3] AS paths LIMIT 5",
        "}",
        "RETURN answer, paths, 0 AS total, kind",
      ),
      params: {"p0":"id-meg","p2":"id-tom"},
    });
  });
});
