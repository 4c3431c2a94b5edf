// What the graph knows about an entity: its description, its relationships grouped by type and direction, and
// its events, figures or scalar properties. Works on any database: unknown types are read as verbs.
import type { GraphNode } from '../../contract.ts';
import { ABOUT, CONNECTION } from '../language/concepts.ts';
import { isStopWord } from '../language/lexicon.ts';
import { captionOf, eventDate, figureText, listNames, noFact, relationPhrase } from './phrasing.ts';
import type { AnswerContext, AskForm, FormAnswer } from './types.ts';

const SHOWN_PROPERTIES = 4;
const HIDDEN_PROPERTIES = new Set(['key', 'name', 'title', 'caption', 'label', 'aliases', 'description', 'text']);

export const aboutForm: AskForm = {
  id: 'about',
  description: 'what the graph knows about an entity (its relationships and events)',
  object: 'none',
  query: 'ask-about',
  parse(frame) {
    const [subject] = frame.usableSlots();
    if (frame.has(ABOUT) || frame.has(CONNECTION)) return { score: 1, subject };
    // A bare name ("Alibaba?", "Youku please") asks for everything; bare unknown words are not a question.
    const looksNamed = subject && (subject.candidates.length > 0 || /\p{Lu}|\d|\p{Script=Han}/u.test(subject.text));
    if (looksNamed && frame.words().every(isStopWord)) return { score: 0.5, subject };
    return undefined;
  },
  examples: (facts) => (facts.central ? [`What do we know about ${facts.central}?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: describeEntity,
};

function describeEntity({ subject, rows }: AnswerContext): FormAnswer {
  const node = rows.find((row) => row.answer === null)?.path?.nodes[0];
  const related = rows.filter((row) => row.answer !== null && row.path?.relationships.length);
  const parts: string[] = [];
  if (node) parts.push(introduction(node));
  const groups = new Map<string, { type: string; outgoing: boolean; names: string[] }>();
  for (const row of related) {
    const relationship = row.path!.relationships[0]!;
    const outgoing = relationship.start === row.path!.nodes[0]!.id;
    const key = `${relationship.type}|${outgoing}`;
    const group = groups.get(key) ?? { type: relationship.type, outgoing, names: [] };
    const name = row.answer!.labels.includes('Figure') ? figureText(row.answer!) : withDate(row.answer!);
    if (!group.names.includes(name)) group.names.push(name);
    groups.set(key, group);
  }
  const ownClauses: string[] = [];
  const othersClauses: string[] = [];
  for (const { type, outgoing, names } of groups.values()) {
    const { phrase, passive } = relationPhrase(type, outgoing);
    if (passive) othersClauses.push(`${listNames(names)} ${phrase} it`);
    else ownClauses.push(`${phrase} ${listNames(names)}`);
  }
  if (ownClauses.length) parts.push(`${subject.name} ${ownClauses.join('; ')}.`);
  if (othersClauses.length) parts.push(`${capitalize(othersClauses.join('; '))}.`);
  const entities = dedupe(related.map((row) => row.answer!));
  const hasDescription = typeof node?.properties.description === 'string';
  if (!entities.length && !hasDescription) {
    return { sentence: noFact(`it records nothing about ${subject.name} beyond its name`), known: false, entities: [] };
  }
  return { sentence: parts.join(' '), known: true, entities };
}

function introduction(node: GraphNode): string {
  const kinds = node.labels.filter((label) => label !== 'Entity');
  const head = `${captionOf(node)}${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
  const p = node.properties;
  if (node.labels.includes('Figure')) return `${head}: ${figureText(node)}.`;
  const date = node.labels.includes('Event') ? eventDate(node) : undefined;
  const description = typeof p.description === 'string' ? p.description : '';
  if (description) return `${head}${date ? `, ${date}` : ''}: ${description.replace(/\.?$/, '.')}`;
  const facts = Object.entries(p)
    .filter(([key, value]) => !HIDDEN_PROPERTIES.has(key) && (typeof value === 'number' || (typeof value === 'string' && value.length <= 120)))
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, SHOWN_PROPERTIES)
    .map(([key, value]) => `${key.replace(/_/g, ' ')} ${typeof value === 'string' ? `“${value}”` : value}`);
  return `${head}${facts.length ? `: ${facts.join(', ')}` : ''}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withDate(node: GraphNode): string {
  const date = node.labels.includes('Event') ? eventDate(node) : undefined;
  return date ? `${captionOf(node)} (${date})` : captionOf(node);
}

function dedupe(nodes: GraphNode[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const node of nodes) if (!seen.has(node.id)) seen.set(node.id, node);
  return [...seen.values()];
}
