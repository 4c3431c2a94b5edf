// Plan → one parameterised Cypher query. Names, dates and words from the question go in parameters; the only
// names written into the text are labels and relationship types, and only those the database has (checked here
// against its tokens, quoted with backticks). Every query returns the columns
//   answer (node or null), paths (list of paths: the evidence), total (integer or number: a count, a figure), kind (string)
import { quoteName } from '../../schema/repository.ts';
import type { Direction, NodeSet, Plan } from './types.ts';
import { EVIDENCE_LABELS, EVIDENCE_TYPES } from './vocabulary.ts';

export interface CompiledPlan {
  cypher: string;
  params: Record<string, unknown>;
}

export interface KnownTokens {
  labels: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

/** Answers listed at most; the count is over all of them. */
export const LISTED = 100;
const PATHS_PER_ANSWER = 20;

class Context {
  private n = 0;
  readonly params: Record<string, unknown> = {};
  constructor(readonly known: KnownTokens) {}
  fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
  param(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }
  label(label: string): string {
    if (!this.known.labels.has(label)) throw new Error(`Label ${label} is not in the database.`);
    return quoteName(label);
  }
  types(types: readonly string[]): string {
    for (const type of types) if (!this.known.types.has(type)) throw new Error(`Relationship type ${type} is not in the database.`);
    return types.length ? `:${types.map(quoteName).join('|')}` : '';
  }
}

interface Fragment {
  lines: string[];
  /** Path variables and path-list variables bound by the lines. */
  paths: string[];
  lists: string[];
}

const notEvidence = (v: string) => EVIDENCE_LABELS.map((label) => `NOT ${v}:${quoteName(label)}`).join(' AND ');

function arrow(types: string, direction: Direction, relVar = ''): string {
  const inner = `[${relVar}${types}]`;
  return direction === 'out' ? `-${inner}->` : direction === 'in' ? `<-${inner}-` : `-${inner}-`;
}

/** Lines that bind `v` to the members of `set` (or filter `v` when it is bound already). */
function fragment(set: NodeSet, v: string, ctx: Context, bound: boolean): Fragment {
  switch (set.kind) {
    case 'entity':
      return { lines: [`MATCH (${v}) WHERE elementId(${v}) = ${ctx.param(set.node.id)}`], paths: [], lists: [] };
    case 'label':
      return { lines: [`MATCH (${v}:${ctx.label(set.label)})`], paths: [], lists: [] };
    case 'any':
      return { lines: [`MATCH (${v}) WHERE ${notEvidence(v)}`], paths: [], lists: [] };
    case 'step': {
      const u = ctx.fresh('n');
      const from = fragment(set.from, u, ctx, false);
      const p = ctx.fresh('path');
      const r = ctx.fresh('r');
      const anyType = set.types.length === 0 ? ` AND NOT type(${r}) IN ${ctx.param(EVIDENCE_TYPES)} AND ${notEvidence(v)}` : '';
      return {
        lines: [...from.lines, `MATCH ${p} = (${u})${arrow(ctx.types(set.types), set.direction, r)}(${v}) WHERE ${v} <> ${u}${anyType}`],
        paths: [...from.paths, p],
        lists: from.lists,
      };
    }
    case 'and': {
      // Sets that bind through a subquery go first; later ones filter the bound variable.
      const ordered = [...set.sets].sort((a, b) => Number(!usesSubquery(a)) - Number(!usesSubquery(b)));
      const out: Fragment = { lines: [], paths: [], lists: [] };
      ordered.forEach((member, i) => {
        const part = fragment(member, v, ctx, bound || i > 0);
        out.lines.push(...part.lines);
        out.paths.push(...part.paths);
        out.lists.push(...part.lists);
      });
      return out;
    }
    case 'or': {
      const w = ctx.fresh('n');
      const list = ctx.fresh('paths');
      const branches = set.sets.map((member) => {
        const part = fragment(member, w, ctx, false);
        return [...part.lines, `RETURN ${w}, ${pathList(part)} AS ${list}`].join('\n  ');
      });
      const join = bound ? `WITH * WHERE ${w} = ${v}` : `WITH *, ${w} AS ${v}`;
      return { lines: [`CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}`, join], paths: [], lists: [list] };
    }
    case 'minus': {
      const keep = fragment(set.set, v, ctx, bound);
      const drop = fragment(set.minus, v, ctx, true);
      return { ...keep, lines: [...keep.lines, `WITH * WHERE NOT EXISTS {\n  ${drop.lines.join('\n  ')}\n}`] };
    }
    case 'during': {
      const inner = fragment(set.set, v, ctx, bound);
      const from = ctx.param(set.time.from);
      const to = ctx.param(set.time.to);
      const periods = ctx.param(set.time.periods);
      const end = `CASE ${v}.date_precision WHEN 'year' THEN ${v}.date + duration('P1Y') WHEN 'month' THEN ${v}.date + duration('P1M') ELSE ${v}.date + duration('P1D') END`;
      const dated = `(${v}.date IS :: DATE AND ${v}.date >= date(${from}) AND ${end} <= date(${to}))`;
      const period = `(${v}.period IS :: STRING AND ${v}.period IN ${periods})`;
      return { ...inner, lines: [...inner.lines, `WITH * WHERE ${dated} OR ${period}`] };
    }
    case 'degree': {
      const inner = fragment(set.set, v, ctx, bound);
      const other = ctx.fresh('o');
      const count = `COUNT { MATCH (${v})${arrow(ctx.types(set.types), set.direction)}(${other}) RETURN DISTINCT ${other} }`;
      return { ...inner, lines: [...inner.lines, `WITH * WHERE ${count} > ${ctx.param(set.min)}`] };
    }
    case 'about': {
      const w = ctx.fresh('n');
      const e = ctx.fresh('n');
      const list = ctx.fresh('paths');
      const ids = ctx.param(set.nodes.map((node) => node.id));
      const words = ctx.param(set.words);
      const labelled = set.label ? `:${ctx.label(set.label)}` : '';
      const dated = set.label ? 'true' : `(${w}.date IS NOT NULL OR ${w}.date_text IS NOT NULL)`;
      const lines = [
        `CALL () {`,
        `  MATCH (${w}${labelled}) WHERE ${notEvidence(w)} AND ${dated}`,
        `    AND (elementId(${w}) IN ${ids} OR EXISTS { MATCH (${w})--(${e}) WHERE elementId(${e}) IN ${ids} })`,
        `  WITH ${w}, size([id IN ${ids} WHERE elementId(${w}) = id OR EXISTS { MATCH (${w})--(${e}) WHERE elementId(${e}) = id }]) AS tied,`,
        `       toLower(coalesce(${w}.name, ${w}.title, '') + ' ' + coalesce(${w}.description, '') + ' ' +`,
        `               reduce(s = '', a IN CASE WHEN ${w}.aliases IS :: LIST<STRING NOT NULL> THEN ${w}.aliases ELSE [] END | s + ' ' + a)) AS text`,
        `  WITH ${w}, tied * 100 + size([word IN ${words} WHERE text CONTAINS word]) AS score`,
        `  WITH collect({node: ${w}, score: score}) AS scored, max(score) AS top`,
        `  UNWIND [s IN scored WHERE s.score = top] AS best`,
        `  WITH best.node AS ${w}`,
        `  OPTIONAL MATCH path = (${w})-[r]-(${e}) WHERE elementId(${e}) IN ${ids}`,
        `  RETURN ${w}, collect(path) AS ${list}`,
        `}`,
        bound ? `WITH * WHERE ${w} = ${v}` : `WITH *, ${w} AS ${v}`,
      ];
      return { lines, paths: [], lists: [list] };
    }
  }
}

function usesSubquery(set: NodeSet): boolean {
  return set.kind === 'or' || set.kind === 'about';
}

function pathList(part: Fragment): string {
  const items = [`[${part.paths.join(', ')}]`, ...part.lists];
  return items.length === 1 ? items[0]! : items.join(' + ');
}

export function compilePlan(plan: Plan, known: KnownTokens): CompiledPlan {
  const ctx = new Context(known);
  const lines = body(plan, ctx);
  return { cypher: lines.join('\n') + '\n', params: ctx.params };
}

function body(plan: Plan, ctx: Context): string[] {
  switch (plan.kind) {
    case 'list':
    case 'count':
    case 'when': {
      const part = fragment(plan.set, 'x', ctx, false);
      return [
        ...part.lines,
        `WITH x, ${pathList(part)} AS paths`,
        `WITH x AS answer, collect(paths) AS pathLists`,
        `ORDER BY coalesce(answer.name, answer.title, '')`,
        `WITH count(*) AS total, collect({answer: answer, paths: reduce(all = [], l IN pathLists | all + l)[0..${PATHS_PER_ANSWER}]})[0..${LISTED}] AS rows`,
        `UNWIND CASE WHEN rows = [] THEN [null] ELSE rows END AS row`,
        `RETURN row.answer AS answer, row.paths AS paths, total, '${plan.kind}' AS kind`,
      ];
    }
    case 'most': {
      const part = fragment(plan.set, 'x', ctx, false);
      const types = ctx.types(plan.types);
      const order = plan.order === 'most' ? 'max' : 'min';
      const other = plan.counted ? `o:${ctx.label(plan.counted)}` : 'o';
      return [
        ...part.lines,
        `WITH DISTINCT x`,
        `WITH x, COUNT { MATCH (x)${arrow(types, plan.direction)}(${other}) RETURN DISTINCT o } AS value`,
        `WITH collect({node: x, value: value}) AS scored, ${order}(value) AS top`,
        `UNWIND [s IN scored WHERE s.value = top AND top > 0] AS best`,
        `WITH best.node AS answer, best.value AS total`,
        `OPTIONAL MATCH path = (answer)${arrow(types, plan.direction)}(${other})`,
        `WITH answer, total, collect(path)[0..${PATHS_PER_ANSWER}] AS paths`,
        `ORDER BY coalesce(answer.name, answer.title, '')`,
        `RETURN answer, paths, total, 'most' AS kind`,
      ];
    }
    case 'check':
      return checkBody(plan, ctx);
    case 'compare': {
      const ids = ctx.param(plan.nodes.map((node) => node.id));
      const metric = ctx.param(plan.metric);
      const periods = ctx.param(plan.time?.periods ?? null);
      return [
        `MATCH (x) WHERE elementId(x) IN ${ids}`,
        `MATCH path = (x)-[r]-(figure)`,
        `WHERE (figure.value IS :: INTEGER OR figure.value IS :: FLOAT)`,
        `  AND all(word IN ${metric} WHERE toLower(coalesce(figure.metric, figure.name, '')) CONTAINS word)`,
        `  AND (${periods} IS NULL OR figure.period IN ${periods})`,
        `RETURN x AS answer, [path] AS paths, figure.value AS total, 'figure' AS kind`,
        `ORDER BY total DESC`,
      ];
    }
  }
}

/**
 * Yes/no. "yes" rows when the node is in the set. For one relationship from a named node, two more kinds of
 * row say what the graph holds instead: "instead", another node in the same place of a relationship type that
 * no node holds twice there (a second leader, another owner); "other", a relationship of another type between
 * the same two nodes (Ma Yun LED Alibaba where LEADS was asked).
 */
function checkBody(plan: Extract<Plan, { kind: 'check' }>, ctx: Context): string[] {
  const node = ctx.param(plan.node.id);
  const yes = fragment(plan.set, 'e', ctx, true);
  const branches = [[...yes.lines, `RETURN 'yes' AS kind, e AS answer, ${pathList(yes)} AS paths LIMIT 5`]];
  const set = plan.set;
  if (set.kind === 'step' && set.from.kind === 'entity' && set.types.length === 1) {
    const other = ctx.param(set.from.node.id);
    const [s, t] = set.direction === 'in' ? [node, other] : [other, node];
    const types = ctx.types(set.types);
    if (set.direction !== 'both') {
      branches.push([
        `MATCH (s) WHERE elementId(s) = ${s}`,
        `MATCH (t) WHERE elementId(t) = ${t}`,
        `MATCH path = (o)-[${types}]->(t) WHERE o <> s AND NOT EXISTS { MATCH (a)-[${types}]->(m)<-[${types}]-(b) WHERE a <> b }`,
        `RETURN 'instead' AS kind, o AS answer, [path] AS paths LIMIT 5`,
      ]);
    }
    branches.push([
      `MATCH (s) WHERE elementId(s) = ${s}`,
      `MATCH (t) WHERE elementId(t) = ${t}`,
      `MATCH path = (s)-[r]-(t) WHERE NOT type(r) IN ${ctx.param([...set.types, ...EVIDENCE_TYPES])}`,
      `RETURN 'other' AS kind, t AS answer, [path] AS paths LIMIT 5`,
    ]);
  }
  return [
    `MATCH (e) WHERE elementId(e) = ${node}`,
    `CALL (e) {`,
    ...branches.map((lines) => lines.map((line) => `  ${line}`).join('\n')).join('\n  UNION ALL\n').split('\n'),
    `}`,
    `RETURN answer, paths, 0 AS total, kind`,
  ];
}
