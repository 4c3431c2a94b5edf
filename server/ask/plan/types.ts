// The plan language: what a question asks, as sets of nodes that compose. A plan is compiled to one
// parameterised Cypher query (compile.ts) and said back in words (describe below) on the answer card.
import type { TimeRange } from './time.ts';

export type Direction = 'out' | 'in' | 'both';

/** How the question named the step: "rivals of X" (noun), "who owns X" (agent), "what does X own" (patient). */
export type StepRole = 'noun' | 'agent' | 'patient' | 'any';

export interface NamedNode {
  id: string;
  name: string;
}

export type NodeSet =
  /** One node the question names. */
  | { kind: 'entity'; node: NamedNode }
  /** Every node of a label ("companies", "crimes"). */
  | { kind: 'label'; label: string; noun: string }
  /** Every node outside the evidence layer. */
  | { kind: 'any' }
  /** The nodes one relationship away from `from`: (from)-[:types]->(x) for 'out'. */
  | { kind: 'step'; from: NodeSet; types: string[]; direction: Direction; words: string; role: StepRole }
  /** In every set. */
  | { kind: 'and'; sets: NodeSet[] }
  /** In any of the sets. */
  | { kind: 'or'; sets: NodeSet[] }
  /** In `set` but not in `minus`. */
  | { kind: 'minus'; set: NodeSet; minus: NodeSet }
  /** Dated inside a range (a `date` property at its precision, or a figure's `period`). */
  | { kind: 'during'; set: NodeSet; time: TimeRange }
  /** With more than `min` relationships of the types ("more than one owner"). */
  | { kind: 'degree'; set: NodeSet; types: string[]; direction: Direction; min: number; words: string }
  /** Events (or any dated node) tied to the named nodes, best tied first; words of the question that their
   * names or descriptions contain make a closer fit ("when were JD and Taobao links barred from Douyin?"). */
  | { kind: 'about'; nodes: NamedNode[]; label?: string; words: string[] };

export type Plan =
  | { kind: 'list'; set: NodeSet }
  | { kind: 'count'; set: NodeSet }
  /** Which member of `set` has the most (or fewest) relationships of the types. */
  | { kind: 'most'; set: NodeSet; types: string[]; direction: Direction; order: 'most' | 'fewest'; words: string; counted?: string }
  /** Yes/no: is `node` in `set`? */
  | { kind: 'check'; node: NamedNode; set: NodeSet }
  /** When: the set's members with their dates. */
  | { kind: 'when'; set: NodeSet }
  /** Figures of the named nodes compared: the metric's words, a period. */
  | { kind: 'compare'; nodes: NamedNode[]; metric: string[]; time?: TimeRange; order: 'more' | 'less' };

/** The plan in words: "owners of (competitors of Youku)". */
export function describePlan(plan: Plan): string {
  switch (plan.kind) {
    case 'list':
      return describeSet(plan.set);
    case 'count':
      return `the number of ${describeSet(plan.set)}`;
    case 'most':
      return `which of ${describeSet(plan.set)} has the ${plan.order} ${plan.words}`;
    case 'check':
      return `whether ${plan.node.name} is among ${describeSet(plan.set)}`;
    case 'when':
      return `when: ${describeSet(plan.set)}`;
    case 'compare':
      return `${plan.order === 'more' ? 'the larger' : 'the smaller'} “${plan.metric.join(' ')}” figure${plan.time ? ` in ${plan.time.label}` : ''} of ${plan.nodes.map((n) => n.name).join(' or ')}`;
  }
}

export function describeSet(set: NodeSet): string {
  switch (set.kind) {
    case 'entity':
      return set.node.name;
    case 'label':
      return `${set.noun}`;
    case 'any':
      return 'anything';
    case 'step':
      if (set.role === 'noun') return `${set.words} of ${wrap(set.from)}`;
      if (set.role === 'agent') return `what ${set.words} ${wrap(set.from)}`;
      if (set.role === 'patient') return `what ${wrap(set.from)} ${set.words}`;
      return `what is tied to ${wrap(set.from)}`;
    case 'and': {
      const [first, ...rest] = set.sets;
      return [describeSet(first!), rest.map(relative).join(' and ')].join(' ');
    }
    case 'or':
      return set.sets.map(describeSet).join(' or ');
    case 'minus':
      return `${describeSet(set.set)} except ${describeSet(set.minus)}`;
    case 'during':
      return `${describeSet(set.set)} in ${set.time.label}`;
    case 'degree':
      return `${describeSet(set.set)} with more than ${set.min} ${set.words}`;
    case 'about':
      return `${set.label ? `${set.label} nodes` : 'dated nodes'} tied to ${set.nodes.map((n) => n.name).join(' and ')}${set.words.length ? ` (“${set.words.join(' ')}”)` : ''}`;
  }
}

/** A set as a clause after another: "that competes with JD", "that Exotic Liquids supplies", "that are products". */
function relative(set: NodeSet): string {
  if (set.kind === 'step' && set.role === 'agent') return `that ${set.words} ${wrap(set.from)}`;
  if (set.kind === 'step' && set.role === 'patient') return `that ${wrap(set.from)} ${set.words}`;
  if (set.kind === 'label') return `that are ${set.noun}`;
  return `that are also ${describeSet(set)}`;
}

function wrap(set: NodeSet): string {
  const text = describeSet(set);
  return set.kind === 'entity' || set.kind === 'label' ? text : `(${text})`;
}
