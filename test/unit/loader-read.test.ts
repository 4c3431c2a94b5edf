// Reading graph files (server/loader/read.ts) on its own: the exact place (file, line, column, field) and the
// telling message of each whole-file fault (a file that is missing, unreadable, not UTF-8, not JSON, nested too
// deep), CSV problems placed at their cell (spaces and quotes in the header, a file without a line break),
// several files with problems at once, a graph given as JSON text or as an object with its text, and the
// places of problems found after validation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphFileError, type Problem } from '../../server/loader/format.ts';
import { JsonTextError, parseJson } from '../../server/loader/json.ts';
import { readGraphFiles, validateGraphObject, validateGraphText } from '../../server/loader/read.ts';
import { problemsOf, smallGraphFile } from '../helpers/graphFiles.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The detail json.ts gives for a text it cannot parse. */
function syntaxDetail(text: string): string {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonTextError) return error.detail;
  }
  throw new Error('expected the text not to parse');
}

/** The problems a graph given in memory is refused with. */
function refusal(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the graph to be refused');
}

/** Nested lists `depth` levels deep inside the "meta" section (which is not read further): `depth` + 1 levels in all. */
const metaNested = (depth: number) => `{"meta": ${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('whole-file faults', () => {
  it('says "not valid JSON" with the parser\'s detail, at the place, with no field', () => {
    const text = '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}\n';
    const file = write('syntax.json', text);
    expect(problemsOf([file])).toEqual([{ code: 'BAD_SYNTAX', message: `not valid JSON: ${syntaxDetail(text)}`, place: { file, line: 3, column: 17, field: '' } }]);
  });

  it('gives the byte offset of a byte that is not UTF-8, without "not valid JSON", with no field (JSON and CSV)', () => {
    const json = write('latin1.json', Buffer.concat([Buffer.from('{"nodes": [{"key": "caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]));
    const [inJson] = problemsOf([json]);
    expect(inJson).toMatchObject({ code: 'BAD_ENCODING', place: { file: json, line: 1, column: 24, field: '' } });
    expect(inJson!.message).toMatch(/^[^]*byte offset 23/);
    expect(inJson!.message).not.toContain('not valid JSON');

    const csv = write('latin1.csv', Buffer.concat([Buffer.from('key,labels\ncaf'), Buffer.from([0xe9]), Buffer.from(',Thing\n')]));
    const [inCsv] = problemsOf([csv]);
    expect(inCsv).toMatchObject({ code: 'BAD_ENCODING', place: { file: csv, line: 2, column: 4, field: '' } });
    expect(inCsv!.message).toContain('byte offset 14');
    expect(inCsv!.message).not.toContain('not valid JSON');
  });

  it('refuses a file nested deeper than 64 levels as a syntax fault, and reads one 64 levels deep', () => {
    expect(readGraphFiles([write('deep-64.json', metaNested(63))]).nodes).toEqual([]);
    const file = write('deep-65.json', metaNested(64));
    const [problem] = problemsOf([file]);
    expect(problem).toMatchObject({ code: 'BAD_SYNTAX', place: { file, line: 1, field: '' } });
    expect(problem!.message).toContain('64');
  });

  it('says "no such file" for a missing file, and "cannot read" with the reason for a folder', () => {
    const missing = path.join(dir, 'none.json');
    expect(problemsOf([missing])).toEqual([{ code: 'BAD_SHAPE', message: 'no such file', place: { file: missing, line: undefined, column: undefined, field: '' } }]);
    const folder = fs.mkdtempSync(path.join(dir, 'folder-'));
    const [problem] = problemsOf([folder]);
    expect(problem).toMatchObject({ code: 'BAD_SHAPE', place: { file: folder, field: '' } });
    expect(problem!.message).toMatch(/^cannot read: .*EISDIR/);
  });

  it('places a fault of one file and the problems of another in the same run', () => {
    // The unfinished file cannot be scanned for places: only the other file's problems are looked up in text.
    const broken = write('unfinished.json', '{"nodes": [{"key');
    const bad = write('bad-key.json', '{"nodes": [\n  {"key": "a b", "labels": ["Thing"]}\n]}');
    const problems = problemsOf([broken, bad]);
    expect(problems.map((p) => [p.code, p.place])).toEqual([
      ['BAD_SYNTAX', { file: broken, line: 1, column: 13, field: '' }],
      ['BAD_KEY', { file: bad, line: 2, column: 11, field: 'nodes[0].key' }],
    ]);
  });
});

describe('the messages of a file of the wrong shape', () => {
  it('names what the file must hold, an unknown section with the known ones, and a section that is not a list', () => {
    const [notObject] = problemsOf([write('list.json', '[]')]);
    expect(notObject!.message).toContain('{documents, nodes, relationships}');
    const [unknown] = problemsOf([write('edges.json', '{"edges": []}')]);
    expect(unknown).toMatchObject({ code: 'UNKNOWN_FIELD', place: { field: 'edges', line: 1, column: 11 } });
    expect(unknown!.message).toContain('"edges"');
    expect(unknown!.message).toContain('documents, nodes, relationships, meta');
    const [notList] = problemsOf([write('not-list.json', '{"nodes": {}}')]);
    expect(notList!.message).toContain('"nodes"');
  });
});

describe('CSV problems at their cell', () => {
  it('finds a column whose header has spaces around its name', () => {
    const file = write('spaced.csv', 'key, labels, founded:int\nok,Thing,1\nx,Thing,soon\n');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_PROPERTY', { file, line: 3, column: 9, field: 'founded' }]]);
  });

  it('finds a column whose header name is quoted', () => {
    const file = write('quoted.csv', 'key,labels,"founded:int"\nx,Thing,soon\n');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_PROPERTY', { file, line: 2, column: 9, field: 'founded' }]]);
  });

  it('finds a column whose name holds a quote inside it', () => {
    const file = write('inner-quote.csv', 'key,labels,a"b\nx,Thing,1\n');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_PROPERTY', { file, line: 2, column: 9, field: 'a"b' }]]);
  });

  it('places a header problem in a file without a line break', () => {
    const file = write('header-only.csv', 'key,labels,born:wat');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_SHAPE', { file, line: 1, column: 12, field: 'born:wat' }]]);
  });

  it('places a bad label at the labels cell', () => {
    const file = write('label.csv', 'key,labels,name\nx,Thing;2nd,X\n');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_LABEL', { file, line: 2, column: 3, field: 'labels' }]]);
  });

  it('gives a row of the wrong width its line and no field', () => {
    const file = write('width.csv', 'key,labels\na,Thing,extra\n');
    expect(problemsOf([file]).map((p) => [p.code, p.place])).toEqual([['BAD_SHAPE', { file, line: 2, column: undefined, field: '' }]]);
  });
});

describe('a graph given as text or as an object', () => {
  it('reads JSON text, naming it "(graph)" unless given a name', () => {
    const text = JSON.stringify(smallGraphFile(), null, 2);
    const graph = validateGraphText(text);
    expect({ ...graph, sources: undefined }).toEqual({ ...validateGraphObject(JSON.parse(text)), sources: undefined });
    expect(graph.nodes.map((node) => node.key)).toEqual(['ali', 'taobao']);
    const bad = '{"nodes": [\n  {"key": "a b", "labels": ["Thing"]}\n]}';
    expect(refusal(() => validateGraphText(bad)).map((p) => p.place)).toEqual([{ file: '(graph)', line: 2, column: 11, field: 'nodes[0].key' }]);
    expect(refusal(() => validateGraphText(bad, 'request body')).map((p) => p.place)).toEqual([{ file: 'request body', line: 2, column: 11, field: 'nodes[0].key' }]);
    expect(refusal(() => validateGraphText('{"nodes": [}')).map((p) => [p.code, p.place])).toEqual([['BAD_SYNTAX', { file: '(graph)', line: 1, column: 12, field: '' }]]);
  });

  it('places the problems of an object at the lines of the text it came from, and has no lines without it', () => {
    const text = '{"nodes": [\n  {"key": "a b", "labels": ["Thing"]}\n]}';
    expect(refusal(() => validateGraphObject(JSON.parse(text), 'file.json', text)).map((p) => p.place)).toEqual([{ file: 'file.json', line: 2, column: 11, field: 'nodes[0].key' }]);
    expect(refusal(() => validateGraphObject(JSON.parse(text))).map((p) => p.place)).toEqual([{ file: '(graph)', line: undefined, column: undefined, field: 'nodes[0].key' }]);
  });
});

describe('places of problems found after validation', () => {
  it('places a document, a node and a relationship at their own lines', () => {
    const text = JSON.stringify(smallGraphFile(), null, 2);
    const graph = validateGraphObject(JSON.parse(text), 'small.json', text);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    const placed = graph.sources!.place([
      { code: 'DATABASE_CONFLICT', item: { kind: 'documents', index: 0 }, field: ['key'], message: 'document' },
      { code: 'DATABASE_CONFLICT', item: { kind: 'nodes', index: 1 }, field: ['key'], message: 'node' },
      { code: 'DATABASE_CONFLICT', item: { kind: 'relationships', index: 1 }, field: ['type'], message: 'relationship' },
    ]);
    expect(placed.map((p) => [p.message, p.place.field, p.place.line])).toEqual([
      ['document', 'documents[0].key', lineOf('"key": "doc"')],
      ['node', 'nodes[1].key', lineOf('"key": "taobao"')],
      ['relationship', 'relationships[1].type', lineOf('"type": "MENTIONED_IN"')],
    ]);
  });

  it('places a CSV item at its row and cell', () => {
    const file = write('places.csv', 'key,labels,name\na,Thing,A\nb,Thing,B\n');
    const graph = readGraphFiles([file]);
    const placed = graph.sources!.place([{ code: 'DATABASE_CONFLICT', item: { kind: 'nodes', index: 1 }, field: ['properties', 'name'], message: 'taken' }]);
    expect(placed).toEqual([{ code: 'DATABASE_CONFLICT', message: 'taken', place: { file, line: 3, column: 9, field: 'name' } }]);
  });
});
