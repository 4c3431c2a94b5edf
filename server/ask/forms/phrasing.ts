// Words for answers: captions, lists of names, relationship phrases, figures and dates. Deterministic, plain text.
import type { GraphNode, GraphRelationship } from '../../contract.ts';
import { fallbackCaption } from '../../schema/captions.ts';
import { formatDate, formatPeriod } from '../plan/time.ts';
import type { AnswerContext, AskRow, FormAnswer } from './types.ts';

const CAPTION_KEYS = ['name', 'title', 'caption', 'label'] as const;

export function captionOf(node: Pick<GraphNode, 'labels' | 'properties' | 'id'> & { caption?: string }): string {
  // The label's caption rule, when the service applied it (schema/captions.ts): "Todd Hamilton", "Chai".
  if (node.caption && node.caption !== fallbackCaption(node)) return node.caption;
  for (const key of CAPTION_KEYS) {
    const value = node.properties[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  for (const value of Object.values(node.properties)) {
    if (typeof value === 'string' && value.trim() && value.length <= 80) return value;
  }
  return node.labels[0] ?? node.id;
}

const LISTED_AT_MOST = 12;

/** "A", "A and B", "A, B and C"; a long list ends with "and N more". */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length > LISTED_AT_MOST) {
    return `${names.slice(0, LISTED_AT_MOST).join(', ')} and ${names.length - LISTED_AT_MOST} more`;
  }
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The distinct answer nodes of the rows, in row order. */
export function distinctAnswers(rows: readonly AskRow[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const row of rows) if (row.answer && !seen.has(row.answer.id)) seen.set(row.answer.id, row.answer);
  return [...seen.values()];
}

/** Every negative answer says it the same way. */
export function noFact(detail: string): string {
  return `The graph holds no such fact: ${detail}.`;
}

/** What a relationship says, read from `from`'s side: OWNS out "owns", in "is owned by". */
const PHRASES: Record<string, { out: string; in: string }> = {
  OWNS: { out: 'owns', in: 'is owned by' },
  COMPETES_WITH: { out: 'competes with', in: 'competes with' },
  LEADS: { out: 'leads', in: 'is led by' },
  LED: { out: 'led', in: 'was led by' },
  SUCCEEDED: { out: 'succeeded', in: 'was succeeded by' },
  PARTNERS_WITH: { out: 'partners with', in: 'partners with' },
  TRAFFIC_SOURCE_FOR: { out: 'brings traffic to', in: 'gets traffic from' },
  PARTICIPATED_IN: { out: 'took part in', in: 'involved' },
  REPORTED: { out: 'reported', in: 'was reported by' },
  REPORTED_ON: { out: 'reported on', in: 'was reported on by' },
  MEASURES: { out: 'measures', in: 'is measured by' },
  INVESTED_IN: { out: 'invested in', in: 'has an investment from' },
  MANAGES: { out: 'manages', in: 'is managed by' },
  SELLS: { out: 'sells', in: 'is sold by' },
  PART_OF: { out: 'is part of', in: 'includes' },
  INSTANCE_OF: { out: 'is an edition of', in: 'has the edition' },
};

/** A relationship type as words: ACTED_IN → "acted in". */
export function humanizeType(type: string): string {
  return type.toLowerCase().replace(/_+/g, ' ').trim();
}

/**
 * The phrase for `type` seen from one end. Types this graph does not know are read as verbs: outgoing
 * "acted in The Matrix"; incoming has no passive form, so the caller writes "Keanu Reeves acted in it".
 */
export function relationPhrase(type: string, outgoing: boolean): { phrase: string; passive: boolean } {
  const known = PHRASES[type];
  if (known) return { phrase: outgoing ? known.out : known.in, passive: false };
  return { phrase: humanizeType(type), passive: !outgoing };
}

export function pathText(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): string {
  if (relationships.length === 0) return captionOf(nodes[0]!);
  let text = captionOf(nodes[0]!);
  relationships.forEach((relationship, i) => {
    const from = nodes[i]!;
    const forward = relationship.start === from.id;
    text += forward ? ` –${relationship.type}→ ${captionOf(nodes[i + 1]!)}` : ` ←${relationship.type}– ${captionOf(nodes[i + 1]!)}`;
  });
  return text;
}

const UNIT_WORDS: Record<string, string> = { CNY: 'yuan', USD: 'US dollars', buyers: 'buyers', units: 'units' };

function formatNumber(value: number): string {
  const trimmed = (n: number, digits: number) => n.toFixed(digits).replace(/\.?0+$/, '');
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trimmed(value / 1e9, 3)} billion`;
  if (abs >= 1e6) return `${trimmed(value / 1e6, 3)} million`;
  if (abs >= 1e4) return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return trimmed(value, 3);
}

/** "revenue 153.751 billion yuan (Q2 2020, the past quarter; +34% year on year)". */
export function figureText(node: GraphNode): string {
  const p = node.properties;
  const metric = typeof p.metric === 'string' ? p.metric : captionOf(node);
  const value = typeof p.value === 'number' ? p.value : undefined;
  if (value === undefined) return captionOf(node);
  const unit = typeof p.unit === 'string' ? (UNIT_WORDS[p.unit] ?? p.unit) : '';
  const upTo = typeof p.value_max === 'number' ? ` to ${formatNumber(p.value_max)}` : '';
  const about = p.approximate === true ? 'about ' : '';
  const details: string[] = [];
  const period = [typeof p.period === 'string' ? formatPeriod(p.period) : p.period, p.period_text].filter((x) => typeof x === 'string' && x).join(', ');
  if (typeof p.change_pct === 'number') details.push(`${p.change_pct >= 0 ? '+' : ''}${formatNumber(p.change_pct)}%${typeof p.change_basis === 'string' ? ` ${p.change_basis}` : ''}`);
  if (typeof p.share_pct === 'number') details.push(`${formatNumber(p.share_pct)}% of the total`);
  if (typeof p.growth_factor_min === 'number') details.push(`at least ${formatNumber(p.growth_factor_min)}× the year before`);
  const inside = [period, details.join(', ')].filter(Boolean).join('; ');
  return `${metric} ${about}${formatNumber(value)}${upTo}${unit ? ` ${unit}` : ''}${inside ? ` (${inside})` : ''}`;
}

/** "11 November 2018", "June 2020", or the article's own words when the date is not known. */
export function eventDate(node: GraphNode): string | undefined {
  const p = node.properties;
  if (typeof p.date === 'string') return formatDate(p.date, p.date_precision);
  return typeof p.date_text === 'string' ? p.date_text : undefined;
}

/** The answer of a plain relation form: the distinct answers, or "the graph holds no such fact". */
export function relationAnswer(
  describe: (subject: string, answers: string, context: AnswerContext) => string,
  none: (subject: string, object?: string) => string,
): (context: AnswerContext) => FormAnswer {
  return (context) => {
    const entities = distinctAnswers(context.rows);
    if (entities.length === 0) return { sentence: noFact(none(context.subject.name, context.object?.name)), known: false, entities: [] };
    const sentence = describe(context.subject.name, listNames(entities.map(captionOf)), context);
    return { sentence: context.object ? `Yes. ${sentence}` : sentence, known: true, entities };
  };
}
