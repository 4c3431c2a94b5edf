// The graph file format the loader reads, after parsing (JSON, or CSV files turned into the same shape), and the
// names it accepts. Keys are slugs; labels and types follow strict patterns because the loader has to put them
// into query text (see cypherNames.ts): anything else is refused during validation, before any query runs.

/** A node or document key: a letter or digit, then letters, digits and . _ : ~ - (no spaces, no "#"). */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$/;
export const LABEL_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
export const TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,99}$/;
export const PROPERTY_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** Labels and types the loader makes itself from `documents`. */
export const DOCUMENT_LABEL = 'Document';
export const SENTENCE_LABEL = 'Sentence';
export const HAS_SENTENCE = 'HAS_SENTENCE';
export const RESERVED_LABELS: readonly string[] = [DOCUMENT_LABEL, SENTENCE_LABEL];
export const RESERVED_TYPES: readonly string[] = [HAS_SENTENCE];

/** The evidence properties a relationship carries (contract: flattened, since properties cannot be maps). */
export const EVIDENCE_FIELDS = ['evidence_document', 'evidence_sentence', 'evidence_start', 'evidence_end', 'evidence_quote'] as const;

/** Key of a sentence node: "<documentKey>#<index>". Relationships may end (or start) at one. */
export const sentenceKey = (documentKey: string, index: number) => `${documentKey}#${index}`;

/**
 * A property value as written in a file: string, number, boolean, a list of one of them, or a typed value
 * {"$date": "YYYY-MM-DD"}, {"$datetime": "YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]"}, {"$float": n}, {"$int": n}. Integral numbers become Neo4j integers, others floats.
 */
export type FileValue = string | number | boolean | string[] | number[] | boolean[] | { $date: string } | { $datetime: string } | { $float: number } | { $int: number | string };
export type FileProperties = Record<string, FileValue>;

export interface GraphDocument {
  key: string;
  title: string;
  text: string;
  source?: string;
  /** Sentence spans [start, end) in text; computed with server/evidence/sentences.ts when the file has none. */
  sentences: { start: number; end: number }[];
}

export interface GraphNode {
  key: string;
  /** The first label is the one MERGE matches `key` on; the loader keeps a uniqueness constraint on it. */
  labels: string[];
  properties: FileProperties;
}

export interface GraphRelationship {
  type: string;
  start: string;
  end: string;
  /** Optional: tells apart several relationships of one type between the same two nodes. */
  key?: string;
  properties: FileProperties;
}

export interface Graph {
  documents: GraphDocument[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Where each item came from (set by the readers), so that problems found later still name their place. */
  sources?: GraphSources;
}

/** A problem found after validation (a conflict with the database), about one item of the graph. */
export interface ItemProblem {
  code: ProblemCode;
  item: { kind: 'documents' | 'nodes' | 'relationships'; index: number };
  /** Path inside the item, e.g. ["properties", "name"]. */
  field: (string | number)[];
  message: string;
}

export interface GraphSources {
  /** Gives each problem its place (file, line, column, field); looks into the files' texts once per call. */
  place(problems: readonly ItemProblem[]): Problem[];
}

/** Where a problem is: the file, a line when known, and the path of the field inside the item. */
export interface Place {
  file: string;
  line?: number;
  /** 1-based, in characters, where the value (or the CSV cell) begins. */
  column?: number;
  /** e.g. "nodes[3].properties.aliases" (JSON) or "aliases" (a CSV column). */
  field: string;
}

export const PROBLEM_CODES = [
  'BAD_ENCODING',
  'BAD_SYNTAX',
  'DUPLICATE_FIELD',
  'BAD_SHAPE',
  'MISSING_FIELD',
  'UNKNOWN_FIELD',
  'BAD_KEY',
  'DUPLICATE_KEY',
  'BAD_LABEL',
  'BAD_TYPE',
  'BAD_PROPERTY',
  'DANGLING_RELATIONSHIP',
  'DUPLICATE_RELATIONSHIP',
  'BAD_SENTENCES',
  'BAD_EVIDENCE',
  'DATABASE_CONFLICT',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  place: Place;
  message: string;
}

export function formatPlace(place: Place): string {
  const at = place.line ? `:${place.line}${place.column ? `:${place.column}` : ''}` : '';
  return `${place.file}${at} ${place.field}`.trim();
}

export function formatProblem(problem: Problem): string {
  return `${formatPlace(problem.place)}: ${problem.message} [${problem.code}]`;
}

/** Thrown when a graph file has problems; nothing has been written. */
export class GraphFileError extends Error {
  readonly code: string = 'GRAPH_FILE_INVALID';
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(`The graph file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:\n${[...shown, ...more].join('\n')}`);
    this.name = 'GraphFileError';
  }
}
