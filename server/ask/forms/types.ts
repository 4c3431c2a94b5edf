// The shape of a question form: one descriptor per kind of question, listed once in forms/index.ts
// (the registry pattern of Gephi Lite's layouts collection). A form reads a frame, names its Cypher query,
// and turns the query's rows into a one-sentence answer; the service does everything around it.
import type { GraphNode, GraphRelationship } from '../../contract.ts';
import type { Frame, Slot } from '../language/frame.ts';
import type { CatalogEntry } from '../language/linking.ts';

export const FORM_IDS = [
  'competitors',
  'owner',
  'ultimate-owner',
  'holdings',
  'leader',
  'former-leader',
  'leadership-roles',
  'successor',
  'predecessor',
  'partners',
  'traffic-sources',
  'traffic-beneficiaries',
  'figures',
  'events',
  'connection',
  'about',
] as const;
export type FormId = (typeof FORM_IDS)[number];

/** Options a form reads from the question besides its entities ("revenue" in "Alibaba's revenue"). */
export type FormOptions = Record<string, string | null>;

export interface FormMatch {
  /** How sure the form is: 3 a verb or symmetric cue, 2 a role noun, 1 a loose hint, 0.5 a guess. */
  score: number;
  subject?: Slot;
  object?: Slot;
  options?: FormOptions;
}

/** A path as rows carry it: its nodes and relationships in order. */
export interface PathView {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface AskRow {
  answer: GraphNode | null;
  path: PathView | null;
}

export interface AnswerContext {
  subject: CatalogEntry;
  object?: CatalogEntry;
  rows: AskRow[];
  options: FormOptions;
}

export interface FormAnswer {
  sentence: string;
  known: boolean;
  entities: GraphNode[];
}

/** What the current graph offers to build example questions from. */
export interface GraphFacts {
  /** One prominent pair per relationship type, by caption: start → end. */
  pairs: Record<string, { start: string; end: string }>;
  /** The best-connected node's caption. */
  central?: string;
  /** Two nodes two steps apart. */
  distant?: { start: string; end: string };
}

export interface AskForm {
  id: FormId;
  /** What the form answers, in a few words: "the competitors of a company". */
  description: string;
  /** Whether a second name checks an answer ("does Alibaba own Youku?") or is the other end ("how are A and B connected?"). */
  object: 'none' | 'check' | 'endpoint';
  parse(frame: Frame): FormMatch | undefined;
  /** Example questions built from the current graph; empty when the graph holds no such fact. */
  examples(facts: GraphFacts): string[];
  /** The named query in cypher/queries. */
  query: string;
  params(subject: CatalogEntry, object: CatalogEntry | undefined, options: FormOptions): Record<string, unknown>;
  answer(context: AnswerContext): FormAnswer;
}
