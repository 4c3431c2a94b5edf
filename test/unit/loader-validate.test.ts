// Validation of graph files: a malformed file is rejected with every problem and its exact place (file, line,
// field); a good one comes back as a graph with computed sentences.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFiles, validateGraphObject } from '../../server/loader/read.ts';
import { GraphFileError } from '../../server/loader/format.ts';
import { problemsOf, SMALL_GRAPH_TEXT as TEXT, smallGraphFile } from '../helpers/graphFiles.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-validate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}


const good = smallGraphFile();

describe('graph file validation', () => {
  it('accepts a good file and computes the sentences of its documents', () => {
    const graph = readGraphFiles([write('good.json', JSON.stringify(good, null, 2))]);
    expect(graph.nodes.map((n) => n.key)).toEqual(['ali', 'taobao']);
    expect(graph.documents[0]!.sentences).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: TEXT.length },
    ]);
    expect(graph.nodes[0]!.properties.key).toBe('ali');
  });

  it('rejects a bad key, a dangling relationship and a wrong type, each at its line and field', () => {
    const bad = structuredClone(good) as typeof good;
    bad.nodes[1]!.key = 'tao bao';
    bad.relationships[0]!.type = 'owns';
    bad.relationships[1]!.end = 'nobody';
    const file = write('bad.json', JSON.stringify(bad, null, 2));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

    const problems = problemsOf([file]);
    const summary = problems.map((p) => [p.code, p.place.field, p.place.line, p.place.file]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['BAD_KEY', 'nodes[1].key', lineOf('"tao bao"'), file],
        ['BAD_TYPE', 'relationships[0].type', lineOf('"owns"'), file],
        ['DANGLING_RELATIONSHIP', 'relationships[1].end', lineOf('"nobody"'), file],
      ]),
    );
    // The relationship to the renamed node dangles too: every problem is reported, not just the first.
    expect(problems.find((p) => p.code === 'DANGLING_RELATIONSHIP' && p.place.field === 'relationships[0].end')).toBeDefined();
  });

  it('rejects evidence that does not match the text, naming the field', () => {
    const bad = structuredClone(good) as typeof good;
    const evidence = bad.relationships[0]!.properties as Record<string, unknown>;
    evidence.evidence_quote = 'Ali owns Tmall';
    evidence.evidence_sentence = 1;
    const problems = problemsOf([write('evidence.json', JSON.stringify(bad, null, 2))]);
    expect(problems.map((p) => [p.code, p.place.field])).toEqual([
      ['BAD_EVIDENCE', 'relationships[0].properties.evidence_quote'],
      ['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence'],
    ]);
  });

  it('rejects duplicate keys, map properties, reserved labels and unknown fields', () => {
    const bad = {
      nodes: [
        { key: 'a', labels: ['Thing'], properties: { meta: { nested: true } } },
        { key: 'a', labels: ['Document'], colour: 'red' },
      ],
      relationships: [
        { type: 'LINKS', start: 'a', end: 'a' },
        { type: 'LINKS', start: 'a', end: 'a' },
      ],
    };
    const problems = problemsOf([write('dup.json', JSON.stringify(bad, null, 2))]);
    expect(problems.map((p) => [p.code, p.place.field]).sort()).toEqual(
      [
        ['BAD_PROPERTY', 'nodes[0].properties.meta'],
        ['UNKNOWN_FIELD', 'nodes[1].colour'],
        ['BAD_LABEL', 'nodes[1].labels[0]'],
        ['DUPLICATE_KEY', 'nodes[1].key'],
        ['DUPLICATE_RELATIONSHIP', 'relationships[1].type'],
      ].sort(),
    );
  });

  it('reports a JSON syntax error with its line', () => {
    const file = write('syntax.json', '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}\n');
    const [problem] = problemsOf([file]);
    expect(problem).toMatchObject({ code: 'BAD_SYNTAX', place: { file, line: 3, column: 17 } });
  });

  it('places a problem at the line and column where its value begins', () => {
    const file = write('big-int.json', '{"nodes": [\n  {"key": "a", "labels": ["Thing"],\n   "properties": {"n": {"$int": "9999999999999999999"}}}\n]}');
    expect(problemsOf([file])).toMatchObject([{ code: 'BAD_PROPERTY', place: { line: 3, column: 24, field: 'nodes[0].properties.n' } }]);
  });

  it('refuses a key given twice in one JSON object, at the second one, and accepts a BOM', () => {
    const file = write('twice.json', '{"nodes": [\n  {"key": "a", "labels": ["Thing"], "key": "b"}\n]}');
    expect(problemsOf([file])).toMatchObject([{ code: 'DUPLICATE_FIELD', place: { line: 2, column: 37 } }]);
    expect(readGraphFiles([write('bom.json', '\ufeff' + JSON.stringify(good))]).nodes).toHaveLength(2);
  });

  it('refuses bytes that are not UTF-8 with their byte offset', () => {
    const file = path.join(dir, 'latin1.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('{"nodes": [{"key": "a", "labels": ["Caf'), Buffer.from([0xe9]), Buffer.from('"]}]}')]));
    const [problem] = problemsOf([file]);
    expect(problem).toMatchObject({ code: 'BAD_ENCODING', place: { line: 1, column: 40 } });
    expect(problem!.message).toContain('byte offset 39');
  });

  it('reports a missing file and a top-level section of the wrong shape', () => {
    expect(problemsOf([path.join(dir, 'none.json')])[0]).toMatchObject({ code: 'BAD_SHAPE' });
    expect(problemsOf([write('shape.json', '{"nodes": {}}')])[0]).toMatchObject({ code: 'BAD_SHAPE', place: { field: 'nodes' } });
  });

  it('validates a graph held in memory the same way', () => {
    expect(validateGraphObject(good).relationships).toHaveLength(2);
    expect(() => validateGraphObject({ nodes: [{ key: '', labels: ['X'] }] })).toThrow(GraphFileError);
  });
});
