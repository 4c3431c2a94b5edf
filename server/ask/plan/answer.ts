// A plan's rows → the answer sentence, its entities and the number it states. Every negative says what the graph
// holds instead when it holds something ("No. Zhang Yong leads Alibaba; Ma Yun led Alibaba."), else that it holds
// no such fact.
import type { GraphNode } from '../../contract.ts';
import { captionOf, eventDate, figureText, listNames, noFact, relationPhrase } from '../forms/phrasing.ts';
import type { PathView } from '../forms/types.ts';
import { describePlan, describeSet, type Plan } from './types.ts';

export interface PlanRow {
  answer: GraphNode | null;
  paths: PathView[];
  total: number;
  kind: string;
}

export interface PlanAnswer {
  sentence: string;
  known: boolean;
  entities: GraphNode[];
  /** Rows whose paths are the answer's evidence. */
  rows: PlanRow[];
  verdict?: 'yes' | 'no' | 'not recorded';
  value?: number;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Alibaba owns Youku": a one-relationship path as a sentence; longer paths as arrows. */
export function factText(path: PathView): string {
  const parts: string[] = [];
  path.relationships.forEach((relationship, i) => {
    const start = path.nodes.find((node) => node.id === relationship.start) ?? path.nodes[i]!;
    const end = path.nodes.find((node) => node.id === relationship.end) ?? path.nodes[i + 1]!;
    // Read from its start, a relationship's phrase is never passive.
    const { phrase } = relationPhrase(relationship.type, true);
    parts.push(`${captionOf(start)} ${phrase} ${captionOf(end)}`);
  });
  return parts.join(', and ');
}

function withDate(node: GraphNode): string {
  const date = eventDate(node);
  return date ? `${captionOf(node)} (${date})` : captionOf(node);
}

function distinct(rows: readonly PlanRow[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const row of rows) if (row.answer && !seen.has(row.answer.id)) seen.set(row.answer.id, row.answer);
  return [...seen.values()];
}

export function answerPlan(plan: Plan, rows: PlanRow[]): PlanAnswer {
  const words = describePlan(plan);
  switch (plan.kind) {
    case 'list': {
      const nodes = distinct(rows);
      const total = rows[0]?.total ?? 0;
      if (!nodes.length) return { sentence: noFact(`it records nothing that is ${words}`), known: false, entities: [], rows: [] };
      const more = total > nodes.length ? ` (${total} in all; the first ${nodes.length} listed)` : '';
      return { sentence: `${capitalize(words)}: ${listNames(nodes.map(withDate))}${more}.`, known: true, entities: nodes, rows };
    }
    case 'count': {
      const nodes = distinct(rows);
      const total = Number(rows[0]?.total ?? 0);
      const what = describeSet(plan.set);
      if (total === 0) return { sentence: `None: the graph records no ${what} (0).`, known: true, entities: [], rows: [], value: 0 };
      return { sentence: `${total}: the graph records ${total} ${what}: ${listNames(nodes.map(captionOf))}.`, known: true, entities: nodes, rows, value: total };
    }
    case 'most': {
      const nodes = distinct(rows);
      if (!nodes.length) return { sentence: noFact(`it records no ${plan.words} for ${describeSet(plan.set)}`), known: false, entities: [], rows: [] };
      const value = Number(rows[0]!.total);
      const tie = nodes.length > 1 ? ' (a tie)' : '';
      const sentence = `${listNames(nodes.map(captionOf))} ${nodes.length > 1 ? 'have' : 'has'} the ${plan.order} ${plan.words}${tie}: ${value}.`;
      return { sentence, known: true, entities: nodes, rows, value };
    }
    case 'when': {
      const nodes = distinct(rows);
      if (!nodes.length) return { sentence: noFact(`it records no dated event tied to ${plan.set.kind === 'about' ? plan.set.nodes.map((n) => n.name).join(' and ') : describeSet(plan.set)}`), known: false, entities: [], rows: [], verdict: undefined };
      const dated = nodes.map((node) => {
        const date = eventDate(node);
        return date ? `${captionOf(node)}: ${date}` : `${captionOf(node)}: the graph records no date`;
      });
      return { sentence: `${dated.join('; ')}.`, known: nodes.some((node) => eventDate(node) !== undefined), entities: nodes, rows };
    }
    case 'check':
      return answerCheck(plan, rows);
    case 'compare':
      return answerCompare(plan, rows);
  }
}

function answerCheck(plan: Extract<Plan, { kind: 'check' }>, rows: PlanRow[]): PlanAnswer {
  const yes = rows.filter((row) => row.kind === 'yes');
  const instead = rows.filter((row) => row.kind === 'instead');
  const other = rows.filter((row) => row.kind === 'other');
  const asked = `${plan.node.name} is among ${describeSet(plan.set)}`;
  if (yes.length) {
    const facts = unique(yes.flatMap((row) => row.paths.map(factText)));
    return { sentence: `Yes. ${capitalize(facts.join('; ') || asked)}.`, known: true, entities: distinct(yes), rows: yes, verdict: 'yes' };
  }
  const contrary = [...instead, ...other];
  const facts = unique(contrary.flatMap((row) => row.paths.map(factText)));
  const involved = dedupeNodes(contrary.flatMap((row) => row.paths.flatMap((path) => path.nodes)));
  if (instead.length) {
    return { sentence: `No. ${capitalize(facts.join('; '))}.`, known: true, entities: involved, rows: contrary, verdict: 'no' };
  }
  if (other.length) {
    return { sentence: `${noFact(`nothing in it says ${asked}`)} It records instead: ${facts.join('; ')}.`, known: false, entities: [], rows: [], verdict: 'not recorded' };
  }
  return { sentence: noFact(`nothing in it says ${asked}; not recorded`), known: false, entities: [], rows: [], verdict: 'not recorded' };
}

function answerCompare(plan: Extract<Plan, { kind: 'compare' }>, rows: PlanRow[]): PlanAnswer {
  const best = new Map<string, PlanRow>();
  for (const row of rows) {
    if (!row.answer) continue;
    const kept = best.get(row.answer.id);
    const better = !kept || (plan.order === 'more' ? row.total > kept.total : row.total < kept.total);
    if (better) best.set(row.answer.id, row);
  }
  const metric = plan.metric.join(' ');
  const period = plan.time ? ` in ${plan.time.label}` : '';
  const missing = plan.nodes.filter((node) => !best.has(node.id)).map((node) => node.name);
  const figureOf = (row: PlanRow) => row.paths[0]?.nodes.at(-1);
  if (missing.length) {
    const have = [...best.values()].map((row) => `${captionOf(row.answer!)}: ${figureText(figureOf(row)!)}`);
    const sentence = noFact(`it records no “${metric}” figure${period} for ${listNames(missing)}, so they cannot be compared`) + (have.length ? ` It records ${have.join('; ')}.` : '');
    return { sentence, known: false, entities: [], rows: [], verdict: undefined };
  }
  const ranked = [...best.values()].sort((a, b) => (plan.order === 'more' ? b.total - a.total : a.total - b.total));
  const [first, second] = ranked as [PlanRow, PlanRow];
  if (first.total === second.total) {
    return { sentence: `Neither: both record ${figureText(figureOf(first)!)}.`, known: true, entities: ranked.map((row) => row.answer!), rows: ranked, value: first.total };
  }
  const sentence = `${captionOf(first.answer!)} (${plan.order === 'more' ? 'more' : 'less'}): ${figureText(figureOf(first)!)}, against ${captionOf(second.answer!)}'s ${figureText(figureOf(second)!)}.`;
  return { sentence, known: true, entities: [first.answer!, second.answer!], rows: ranked, value: first.total };
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

function dedupeNodes(nodes: GraphNode[]): GraphNode[] {
  return [...new Map(nodes.map((node) => [node.id, node])).values()];
}
