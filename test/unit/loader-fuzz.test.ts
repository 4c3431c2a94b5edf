// Property-based tests of the loader's input side: whatever JSON value or CSV text it is given, validation either
// returns a graph or throws a GraphFileError listing problems with their places; it never fails any other way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../server/loader/format.ts';
import { readGraphFiles, validateGraphObject } from '../../server/loader/read.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const key = fc.oneof(fc.constantFrom('a', 'b', 'c', 'bad key', '', 'x#1'), fc.string({ maxLength: 8 }));
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom({ $date: '2020-13-45' }, { $int: '9'.repeat(30) }, { $float: 'x' }));
const graphLike = fc.record(
  {
    documents: fc.array(fc.record({ key, title: fc.string(), text: fc.string() }, { requiredKeys: [] }), { maxLength: 2 }),
    nodes: fc.array(
      fc.record({ key, labels: fc.oneof(fc.array(fc.constantFrom('Entity', 'Company', 'bad label', '', '1x')), value), properties: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), value), value) }, { requiredKeys: [] }),
      { maxLength: 6 },
    ),
    relationships: fc.array(
      fc.record({ type: fc.oneof(fc.constantFrom('OWNS', 'owns', ''), fc.string()), start: key, end: key, properties: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), value), value) }, { requiredKeys: [] }),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: [] },
);

function expectValidOrProblems(run: () => unknown): 'valid' | 'refused' {
  try {
    run();
    return 'valid';
  } catch (error) {
    expect(error).toBeInstanceOf(GraphFileError);
    const problems = (error as GraphFileError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.code).toMatch(/^[A-Z_]+$/);
      expect(problem.place.file.length).toBeGreaterThan(0);
    }
    return 'refused';
  }
}

describe('the loader under arbitrary input', () => {
  it('validates any JSON value into a graph or a list of placed problems', () => {
    const outcomes = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(fc.oneof(graphLike, fc.jsonValue({ maxDepth: 4 })), (input) => {
        outcomes[expectValidOrProblems(() => validateGraphObject(input, 'fuzz.json'))]++;
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('reads any file text, JSON or CSV, into a graph or a list of placed problems', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-loader-fuzz-'));
    try {
      const csvCell = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('"', '""', '"a,b"', '\n', 'a;b', '1.5', 'true'));
      const csvText = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc
          .tuple(fc.constantFrom('key,labels,name,born:int,aliases:string[]', 'type,start,end,weight:float', 'nope'), fc.array(fc.array(csvCell, { maxLength: 5 }), { maxLength: 5 }))
          .map(([header, rows]) => [header, ...rows.map((row) => row.join(','))].join('\n')),
      );
      fc.assert(
        fc.property(fc.oneof(csvText.map((text) => ['csv', text] as const), fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ['json', text] as const)), ([kind, text]) => {
          const file = path.join(dir, `input.${kind}`);
          fs.writeFileSync(file, text);
          expectValidOrProblems(() => readGraphFiles([file]));
        }),
        { numRuns: RUNS },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
