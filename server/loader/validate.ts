// Validation of a whole graph before anything is written: every problem is collected with its place (the item's
// origin plus the field inside it), so a person can fix a file in one pass. Nothing here touches the database.
import { splitSentences } from '../evidence/sentences.ts';
import { checkEvidence, checkSentenceSpans } from '../evidence/offsets.ts';
import {
  EVIDENCE_FIELDS,
  KEY_PATTERN,
  LABEL_PATTERN,
  PROPERTY_NAME_PATTERN,
  RESERVED_LABELS,
  RESERVED_TYPES,
  TYPE_PATTERN,
  sentenceKey,
  type FileProperties,
  type FileValue,
  type Graph,
  type GraphDocument,
  type GraphNode,
  type GraphRelationship,
  type ProblemCode,
} from './format.ts';
import { checkNamedValue, checkValue } from './values.ts';

export type Segment = string | number;

/** Where an item came from: its file, its line (CSV rows), and its JSON path (["nodes", 3]). */
export interface Origin {
  file: string;
  line?: number;
  /** Set with `line` when the reader knows the exact place (a syntax error). */
  column?: number;
  path: Segment[];
  format: 'json' | 'csv';
}

export interface RawItem {
  value: unknown;
  origin: Origin;
}

export interface RawGraph {
  documents: RawItem[];
  nodes: RawItem[];
  relationships: RawItem[];
}

export interface FoundProblem {
  code: ProblemCode;
  origin: Origin;
  field: Segment[];
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

class Checker {
  readonly problems: FoundProblem[] = [];
  constructor(private readonly origin: Origin) {}

  report(code: ProblemCode, field: Segment[], message: string): void {
    this.problems.push({ code, origin: this.origin, field, message });
  }

  /** Reports fields that the item must not have. */
  onlyFields(item: Record<string, unknown>, allowed: readonly string[]): void {
    for (const name of Object.keys(item)) {
      if (!allowed.includes(name)) this.report('UNKNOWN_FIELD', [name], `unknown field "${name}" (expected ${allowed.join(', ')})`);
    }
  }

  key(value: unknown, field: Segment[], what: string): string | undefined {
    if (value === undefined) return this.report('MISSING_FIELD', field, `${what} is missing`), undefined;
    if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
      this.report('BAD_KEY', field, `${what} ${JSON.stringify(value)} is not a key: letters, digits and . _ : ~ - (no spaces or "#"), starting with a letter or digit, at most 200`);
      return undefined;
    }
    return value;
  }

  properties(value: unknown, field: Segment[]): FileProperties | undefined {
    if (value === undefined) return {};
    if (!isObject(value)) return this.report('BAD_SHAPE', field, 'properties must be an object'), undefined;
    const out: FileProperties = {};
    let ok = true;
    for (const [name, item] of Object.entries(value)) {
      if (!PROPERTY_NAME_PATTERN.test(name)) {
        this.report('BAD_PROPERTY', [...field, name], `property name "${name}" must be letters, digits and _ (not starting with a digit)`);
        ok = false;
        continue;
      }
      if (item === null) continue;
      const problem = checkValue(item) ?? checkNamedValue(name, item as FileValue);
      if (problem) {
        this.report('BAD_PROPERTY', [...field, name], problem);
        ok = false;
      } else out[name] = item as FileValue;
    }
    return ok ? out : undefined;
  }
}

function readDocument(raw: RawItem, problems: FoundProblem[]): GraphDocument | undefined {
  const check = new Checker(raw.origin);
  const item = raw.value;
  let result: GraphDocument | undefined;
  if (!isObject(item)) check.report('BAD_SHAPE', [], 'a document must be an object {key, title, text, source?, sentences?}');
  else {
    check.onlyFields(item, ['key', 'title', 'text', 'source', 'sentences']);
    const key = check.key(item.key, ['key'], 'document key');
    const text = item.text;
    if (typeof text !== 'string' || text.length === 0) check.report(text === undefined ? 'MISSING_FIELD' : 'BAD_SHAPE', ['text'], 'text must be a non-empty string');
    if (item.title !== undefined && typeof item.title !== 'string') check.report('BAD_SHAPE', ['title'], 'title must be a string');
    if (item.source !== undefined && typeof item.source !== 'string') check.report('BAD_SHAPE', ['source'], 'source must be a string');
    let sentences: { start: number; end: number }[] | undefined;
    if (typeof text === 'string' && text.length > 0) {
      if (item.sentences === undefined) sentences = splitSentences(text).map(({ start, end }) => ({ start, end }));
      else if (!Array.isArray(item.sentences) || item.sentences.some((s) => !Array.isArray(s) || s.length !== 2)) {
        check.report('BAD_SENTENCES', ['sentences'], 'sentences must be a list of [start, end] pairs');
      } else {
        const spans = (item.sentences as unknown[][]).map(([start, end]) => ({ start: start as number, end: end as number }));
        const messages = checkSentenceSpans(text.length, spans);
        messages.forEach((message) => check.report('BAD_SENTENCES', ['sentences'], message));
        if (messages.length === 0) sentences = spans;
      }
    }
    if (key && typeof text === 'string' && sentences && check.problems.length === 0) {
      result = { key, title: typeof item.title === 'string' ? item.title : key, text, sentences };
      if (typeof item.source === 'string') result.source = item.source;
    }
  }
  problems.push(...check.problems);
  return result;
}

function readNode(raw: RawItem, problems: FoundProblem[]): GraphNode | undefined {
  const check = new Checker(raw.origin);
  const item = raw.value;
  if (!isObject(item)) {
    check.report('BAD_SHAPE', [], 'a node must be an object {key, labels, properties}');
    problems.push(...check.problems);
    return undefined;
  }
  check.onlyFields(item, ['key', 'labels', 'properties']);
  const key = check.key(item.key, ['key'], 'node key');
  const labels = item.labels;
  let labelsOk = false;
  if (!Array.isArray(labels) || labels.length === 0) check.report(labels === undefined ? 'MISSING_FIELD' : 'BAD_LABEL', ['labels'], 'labels must be a non-empty list of strings');
  else {
    labelsOk = true;
    labels.forEach((label, i) => {
      if (typeof label !== 'string' || !LABEL_PATTERN.test(label)) {
        check.report('BAD_LABEL', ['labels', i], `label ${JSON.stringify(label)} must be letters, digits and _, starting with a letter`);
        labelsOk = false;
      } else if (RESERVED_LABELS.includes(label)) {
        check.report('BAD_LABEL', ['labels', i], `label "${label}" is made by the loader from "documents"; put documents there instead`);
        labelsOk = false;
      }
    });
    if (new Set(labels).size !== labels.length) check.report('BAD_LABEL', ['labels'], 'a label is listed twice');
  }
  const properties = check.properties(item.properties, ['properties']);
  if (properties && properties.key !== undefined && properties.key !== key) {
    check.report('BAD_PROPERTY', ['properties', 'key'], `properties.key ${JSON.stringify(properties.key)} differs from the node key ${JSON.stringify(key)}`);
  }
  problems.push(...check.problems);
  if (!key || !labelsOk || !properties || check.problems.length > 0) return undefined;
  return { key, labels: labels as string[], properties: { ...properties, key } };
}

function readRelationship(raw: RawItem, problems: FoundProblem[]): GraphRelationship | undefined {
  const check = new Checker(raw.origin);
  const item = raw.value;
  if (!isObject(item)) {
    check.report('BAD_SHAPE', [], 'a relationship must be an object {type, start, end, key?, properties}');
    problems.push(...check.problems);
    return undefined;
  }
  check.onlyFields(item, ['type', 'start', 'end', 'key', 'properties']);
  const type = item.type;
  if (type === undefined) check.report('MISSING_FIELD', ['type'], 'type is missing');
  else if (typeof type !== 'string' || !TYPE_PATTERN.test(type)) check.report('BAD_TYPE', ['type'], `type ${JSON.stringify(type)} must be upper case letters, digits and _, starting with a letter (e.g. OWNS)`);
  else if (RESERVED_TYPES.includes(type)) check.report('BAD_TYPE', ['type'], `type "${type}" is made by the loader from "documents"`);
  const start = typeof item.start === 'string' && item.start.includes('#') ? item.start : check.key(item.start, ['start'], 'start');
  const end = typeof item.end === 'string' && item.end.includes('#') ? item.end : check.key(item.end, ['end'], 'end');
  const key = item.key === undefined ? undefined : check.key(item.key, ['key'], 'relationship key');
  const properties = check.properties(item.properties, ['properties']);
  problems.push(...check.problems);
  if (check.problems.length > 0 || !properties || !start || !end) return undefined;
  const relationship: GraphRelationship = { type: type as string, start, end, properties };
  if (key) relationship.key = key;
  return relationship;
}

/** Checks the evidence properties of a relationship against the documents of the file. */
function checkRelationshipEvidence(relationship: GraphRelationship, origin: Origin, documents: Map<string, GraphDocument>, problems: FoundProblem[]): void {
  const p = relationship.properties;
  const present = EVIDENCE_FIELDS.filter((name) => p[name] !== undefined);
  const report = (field: string, message: string): void => {
    problems.push({ code: 'BAD_EVIDENCE', origin, field: ['properties', field], message });
  };
  if (p.inferred !== undefined && typeof p.inferred !== 'boolean') report('inferred', 'inferred must be true or false');
  if (present.length === 0) return;
  const missing = EVIDENCE_FIELDS.filter((name) => p[name] === undefined && name !== 'evidence_sentence');
  if (missing.length > 0) return report(missing[0]!, `evidence needs ${missing.join(', ')} as well`);
  const documentKey = p.evidence_document;
  const document = typeof documentKey === 'string' ? documents.get(documentKey) : undefined;
  if (!document) return report('evidence_document', `no document ${JSON.stringify(documentKey)} in the file`);
  const { evidence_start: start, evidence_end: end, evidence_quote: quote, evidence_sentence: sentence } = p;
  if (typeof start !== 'number' || typeof end !== 'number') return report('evidence_start', 'evidence_start and evidence_end must be integers');
  if (typeof quote !== 'string') return report('evidence_quote', 'evidence_quote must be a string');
  if (sentence !== undefined && (typeof sentence !== 'number' || !Number.isInteger(sentence))) return report('evidence_sentence', 'evidence_sentence must be an integer');
  for (const message of checkEvidence(document.text, document.sentences, { start, end, quote, sentence: sentence as number | undefined })) {
    report(message.startsWith('the span is in sentence') ? 'evidence_sentence' : message.startsWith('the quote') ? 'evidence_quote' : 'evidence_start', message);
  }
}

/** Validates everything; returns the graph only when there is no problem at all. */
export function validateGraph(raw: RawGraph): { graph?: Graph; problems: FoundProblem[] } {
  const problems: FoundProblem[] = [];
  const documents = new Map<string, GraphDocument>();
  const nodeKeys = new Map<string, Origin>();
  const graph: Graph = { documents: [], nodes: [], relationships: [] };

  for (const item of raw.documents) {
    const document = readDocument(item, problems);
    if (!document) continue;
    if (documents.has(document.key)) problems.push({ code: 'DUPLICATE_KEY', origin: item.origin, field: ['key'], message: `document key "${document.key}" is used twice` });
    documents.set(document.key, document);
    graph.documents.push(document);
  }
  const sentenceKeys = new Set<string>();
  for (const document of documents.values()) document.sentences.forEach((_, i) => sentenceKeys.add(sentenceKey(document.key, i)));

  for (const item of raw.nodes) {
    const node = readNode(item, problems);
    const key = isObject(item.value) && typeof item.value.key === 'string' ? item.value.key : undefined;
    if (key !== undefined) {
      const first = nodeKeys.get(key);
      if (first) problems.push({ code: 'DUPLICATE_KEY', origin: item.origin, field: ['key'], message: `node key "${key}" is already used by ${describe(first)}` });
      else nodeKeys.set(key, item.origin);
    }
    if (node) graph.nodes.push(node);
  }

  const seen = new Map<string, Origin>();
  for (const item of raw.relationships) {
    const relationship = readRelationship(item, problems);
    // Ends are checked even when another field of the relationship is wrong, so that all problems show at once.
    for (const side of ['start', 'end'] as const) {
      const key = isObject(item.value) ? item.value[side] : undefined;
      if (typeof key !== 'string' || !(KEY_PATTERN.test(key) || key.includes('#'))) continue;
      if (!nodeKeys.has(key) && !sentenceKeys.has(key)) {
        problems.push({ code: 'DANGLING_RELATIONSHIP', origin: item.origin, field: [side], message: `${side} "${key}" is not the key of a node (or a sentence "document#index") in the file` });
      }
    }
    if (!relationship) continue;
    const identity = `${relationship.start}\u0000${relationship.type}\u0000${relationship.end}\u0000${relationship.key ?? ''}`;
    const first = seen.get(identity);
    if (first) {
      problems.push({
        code: 'DUPLICATE_RELATIONSHIP',
        origin: item.origin,
        field: ['type'],
        message: `(${relationship.start})-[:${relationship.type}]->(${relationship.end}) is already given by ${describe(first)}; give each a distinct "key" if both are meant`,
      });
    } else seen.set(identity, item.origin);
    checkRelationshipEvidence(relationship, item.origin, documents, problems);
    graph.relationships.push(relationship);
  }
  return problems.length === 0 ? { graph, problems } : { problems };
}

function describe(origin: Origin): string {
  return origin.format === 'csv' ? `${origin.file}:${origin.line}` : `${origin.file} ${formatPath(origin.path)}`;
}

export function formatPath(path: Segment[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}
