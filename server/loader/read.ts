// Reading graph files: JSON (documents, nodes, relationships) and CSV (nodes or relationships), several files
// merged into one graph, validated as a whole. Files must be UTF-8 (a BOM is skipped); JSON is read by json.ts,
// which refuses a key given twice. Problems come back with their file, line, column and field; the graph keeps
// its items' origins, so that a conflict found later (with the database) is placed the same way.
import fs from 'node:fs';
import path from 'node:path';
import { GraphFileError, type Graph, type ItemProblem, type Problem, type ProblemCode } from './format.ts';
import { cellPlace, lineStartsOf, readCsvGraph } from './csv.ts';
import { decodeUtf8, JsonTextError, parseJson, type JsonFaultKind } from './json.ts';
import { placeOf, placesOfPaths, prefixesOf, type LineColumn } from './jsonPlaces.ts';
import { formatPath, validateGraph, type FoundProblem, type Origin, type RawGraph } from './validate.ts';

const SECTIONS = ['documents', 'nodes', 'relationships'] as const;
const TOP_LEVEL = [...SECTIONS, 'meta'];
/** A valid graph file nests 5 levels at most (a list property in a node); this only stops runaway input. */
const MAX_FILE_DEPTH = 64;

const FAULT_CODES: Record<JsonFaultKind, ProblemCode> = { BAD_ENCODING: 'BAD_ENCODING', BAD_SYNTAX: 'BAD_SYNTAX', DUPLICATE_KEY: 'DUPLICATE_FIELD', TOO_DEEP: 'BAD_SYNTAX' };

/** A JSON or CSV file's text, kept to place problems. */
interface SourceText {
  format: 'json' | 'csv';
  text: string;
  lineStarts?: number[];
}

/** A problem of a whole file (it could not be read or decoded or parsed), at its line and column when known. */
function fileFault(file: string, format: 'json' | 'csv', error: JsonTextError): FoundProblem {
  const { line, column } = error.position;
  const what = error.kind === 'BAD_ENCODING' ? error.detail : `not valid JSON: ${error.detail}`;
  return { code: FAULT_CODES[error.kind], origin: { file, path: [], format, line, column }, field: [], message: what };
}

function readJsonInto(raw: RawGraph, file: string, text: string, problems: FoundProblem[]): void {
  let parsed: unknown;
  try {
    parsed = parseJson(text, { maxDepth: MAX_FILE_DEPTH });
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    problems.push(fileFault(file, 'json', error));
    return;
  }
  collectSections(raw, file, parsed, problems);
}

/** Puts the items of a parsed JSON graph into `raw`, each with its origin (file and path). */
function collectSections(raw: RawGraph, file: string, parsed: unknown, problems: FoundProblem[]): void {
  const origin = { file, path: [], format: 'json' as const };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push({ code: 'BAD_SHAPE', origin, field: [], message: 'the file must hold an object {documents, nodes, relationships}' });
    return;
  }
  const top = parsed as Record<string, unknown>;
  for (const name of Object.keys(top)) {
    if (!TOP_LEVEL.includes(name)) problems.push({ code: 'UNKNOWN_FIELD', origin: { ...origin, path: [name] }, field: [], message: `unknown section "${name}" (expected ${TOP_LEVEL.join(', ')})` });
  }
  for (const section of SECTIONS) {
    const list = top[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ code: 'BAD_SHAPE', origin: { ...origin, path: [section] }, field: [], message: `"${section}" must be a list` });
      continue;
    }
    list.forEach((value, index) => raw[section].push({ value, origin: { file, path: [section, index], format: 'json' } }));
  }
}

/** The CSV column a problem's field names: "labels", a property's name, or a fixed column (key, type, start, end). */
function csvColumnName(field: (string | number)[]): string | undefined {
  const column = field[0] === 'properties' || field[0] === 'labels' ? (field[0] === 'labels' ? 'labels' : field[1]) : field[0];
  return column === undefined ? undefined : String(column);
}

/** Where a CSV column's cell of a given record begins. */
function csvCellPlace(source: SourceText, line: number, column: string): LineColumn | undefined {
  source.lineStarts ??= lineStartsOf(source.text);
  const headerEnd = source.text.search(/\r|\n|$/);
  const header = source.text.slice(source.lineStarts[0], headerEnd).split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const index = header.findIndex((name) => name === column || name.startsWith(`${column}:`));
  return index < 0 ? undefined : cellPlace(source.text, source.lineStarts, line, index);
}

/** Turns found problems into problems with places; each JSON file is scanned once for all its paths. */
function place(problems: readonly FoundProblem[], texts: ReadonlyMap<string, SourceText>): Problem[] {
  const byFile = new Map<string, Map<string, LineColumn>>();
  for (const [file, source] of texts) {
    if (source.format !== 'json') continue;
    const paths = problems.filter((p) => p.origin.file === file && p.origin.format === 'json' && p.origin.line === undefined).map((p) => [...p.origin.path, ...p.field]);
    if (paths.length > 0) byFile.set(file, placesOfPaths(source.text, prefixesOf(paths)));
  }
  return problems.map(({ code, origin, field, message }) => {
    if (origin.format === 'csv') {
      const column = csvColumnName(field);
      const source = texts.get(origin.file);
      const cell = source && origin.line !== undefined && origin.column === undefined && column !== undefined ? csvCellPlace(source, origin.line, column) : undefined;
      return { code, message, place: { file: origin.file, line: cell?.line ?? origin.line, column: cell?.column ?? origin.column, field: column ?? '' } };
    }
    const full = [...origin.path, ...field];
    const at = origin.line !== undefined ? { line: origin.line, column: origin.column } : placeOf(byFile.get(origin.file) ?? new Map(), full);
    return { code, message, place: { file: origin.file, line: at?.line, column: at?.column, field: formatPath(full) } };
  });
}

/** Validates what was read; returns the graph with its sources, or throws GraphFileError with every problem. */
function finish(raw: RawGraph, problems: FoundProblem[], texts: Map<string, SourceText>): Graph {
  const result = validateGraph(raw);
  problems.push(...result.problems);
  if (problems.length > 0 || !result.graph) throw new GraphFileError(place(problems, texts));
  // No problem means every raw item became one graph item, in order: raw origins index the graph's items.
  const origins: Record<ItemProblem['item']['kind'], Origin[]> = {
    documents: raw.documents.map((item) => item.origin),
    nodes: raw.nodes.map((item) => item.origin),
    relationships: raw.relationships.map((item) => item.origin),
  };
  const graph = result.graph;
  graph.sources = { place: (found) => place(found.map(({ code, item, field, message }) => ({ code, origin: origins[item.kind][item.index]!, field, message })), texts) };
  return graph;
}

/** Reads and validates graph files (.json, .csv); throws GraphFileError listing every problem. */
export function readGraphFiles(files: readonly string[]): Graph {
  const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
  const problems: FoundProblem[] = [];
  const texts = new Map<string, SourceText>();
  for (const file of files) {
    const format = path.extname(file).toLowerCase() === '.csv' ? 'csv' : 'json';
    let text: string;
    try {
      text = decodeUtf8(fs.readFileSync(file));
    } catch (error) {
      if (error instanceof JsonTextError) problems.push(fileFault(file, format, error));
      else {
        const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`;
        problems.push({ code: 'BAD_SHAPE', origin: { file, path: [], format: 'json' }, field: [], message });
      }
      continue;
    }
    texts.set(file, { format, text });
    if (format === 'csv') {
      const part = readCsvGraph(file, text);
      problems.push(...part.problems);
      if (part.kind) raw[part.kind].push(...part.items);
    } else readJsonInto(raw, file, text, problems);
  }
  return finish(raw, problems, texts);
}

/** Validates a graph given as JSON text (an import's request body): places are lines and columns of that text. */
export function validateGraphText(text: string, name = '(graph)'): Graph {
  const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
  const problems: FoundProblem[] = [];
  readJsonInto(raw, name, text, problems);
  return finish(raw, problems, new Map([[name, { format: 'json', text }]]));
}

/**
 * Validates a graph already in memory (an object in the JSON format), e.g. one a program generated or a request
 * body; with the JSON `text` it was parsed from, problems get that text's lines and columns.
 */
export function validateGraphObject(value: unknown, name = '(graph)', text?: string): Graph {
  const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
  const problems: FoundProblem[] = [];
  collectSections(raw, name, value, problems);
  return finish(raw, problems, text === undefined ? new Map() : new Map([[name, { format: 'json', text }]]));
}
