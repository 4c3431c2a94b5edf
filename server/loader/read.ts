// Reading graph files: JSON (documents, nodes, relationships) and CSV (nodes or relationships), several files
// merged into one graph, validated as a whole. Problems come back with their file, line and field.
import fs from 'node:fs';
import path from 'node:path';
import { GraphFileError, type Graph, type Problem } from './format.ts';
import { readCsvGraph } from './csv.ts';
import { lineOf, linesOfPaths, prefixesOf, syntaxErrorPlace } from './jsonPlaces.ts';
import { formatPath, validateGraph, type FoundProblem, type RawGraph } from './validate.ts';

const SECTIONS = ['documents', 'nodes', 'relationships'] as const;
const TOP_LEVEL = [...SECTIONS, 'meta'];

function readJsonInto(raw: RawGraph, file: string, text: string, problems: FoundProblem[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const place = syntaxErrorPlace(text, error);
    const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}${place ? ` (line ${place.line}, column ${place.column})` : ''}`;
    problems.push({ code: 'BAD_SYNTAX', origin: { file, path: [], format: 'json', line: place?.line }, field: [], message });
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

/** Turns found problems into problems with places; JSON lines are looked up once per file. */
function place(problems: FoundProblem[], texts: Map<string, string>): Problem[] {
  const byFile = new Map<string, Map<string, number>>();
  for (const [file, text] of texts) {
    const paths = problems.filter((p) => p.origin.file === file && p.origin.format === 'json' && p.origin.line === undefined).map((p) => [...p.origin.path, ...p.field]);
    if (paths.length > 0) byFile.set(file, linesOfPaths(text, prefixesOf(paths)));
  }
  return problems.map(({ code, origin, field, message }) => {
    if (origin.format === 'csv') {
      const column = field[0] === 'properties' || field[0] === 'labels' ? (field[0] === 'labels' ? 'labels' : field[1]) : field[0];
      return { code, message, place: { file: origin.file, line: origin.line, field: column === undefined ? '' : String(column) } };
    }
    const full = [...origin.path, ...field];
    const line = origin.line ?? lineOf(byFile.get(origin.file) ?? new Map(), full);
    return { code, message, place: { file: origin.file, line, field: formatPath(full) } };
  });
}

/** Reads and validates graph files (.json, .csv); throws GraphFileError listing every problem. */
export function readGraphFiles(files: readonly string[]): Graph {
  const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
  const problems: FoundProblem[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(error as Error).message}`;
      problems.push({ code: 'BAD_SHAPE', origin: { file, path: [], format: 'json' }, field: [], message });
      continue;
    }
    const extension = path.extname(file).toLowerCase();
    if (extension === '.csv') {
      const part = readCsvGraph(file, text);
      problems.push(...part.problems);
      if (part.kind) raw[part.kind].push(...part.items);
    } else {
      texts.set(file, text);
      readJsonInto(raw, file, text, problems);
    }
  }
  const result = validateGraph(raw);
  problems.push(...result.problems);
  if (problems.length > 0 || !result.graph) throw new GraphFileError(place(problems, texts));
  return result.graph;
}

/** Validates a graph already in memory (an object in the JSON format), e.g. one a program generated. */
export function validateGraphObject(value: unknown, name = '(graph)'): Graph {
  const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
  const problems: FoundProblem[] = [];
  collectSections(raw, name, value, problems);
  const result = validateGraph(raw);
  problems.push(...result.problems);
  if (problems.length > 0 || !result.graph) throw new GraphFileError(place(problems, new Map()));
  return result.graph;
}
