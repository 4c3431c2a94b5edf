// The graph file format's names and messages (server/loader/format.ts) on their own: each name pattern at its
// edges (first character, allowed characters, longest length), the names the loader keeps for itself, and the
// text of a problem and of the refusal (one line per problem, at most 50, the rest counted).
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_LABEL,
  EVIDENCE_FIELDS,
  GraphFileError,
  HAS_SENTENCE,
  KEY_PATTERN,
  LABEL_PATTERN,
  PROPERTY_NAME_PATTERN,
  RESERVED_LABELS,
  RESERVED_TYPES,
  SENTENCE_LABEL,
  TYPE_PATTERN,
  formatPlace,
  formatProblem,
  sentenceKey,
  type Problem,
} from '../../server/loader/format.ts';

const accepts = (pattern: RegExp, names: string[]) => names.filter((name) => pattern.test(name));

describe('name patterns', () => {
  it('keys: a letter or digit, then letters, digits and . _ : ~ -, at most 200', () => {
    const good = ['a', 'Z', '7', 'a.b_c:d~e-f', '9-x', 'k'.repeat(200)];
    const bad = ['', '-a', '.a', '_a', ':a', '~a', 'a b', 'a#1', 'a/b', 'é', 'a\n', ' a', 'k'.repeat(201)];
    expect(accepts(KEY_PATTERN, [...good, ...bad])).toEqual(good);
  });

  it('labels: a letter, then letters, digits and _, at most 100', () => {
    const good = ['A', 'z', 'Company', 'A_1', 'L'.repeat(100)];
    const bad = ['', '1A', '_A', 'A-B', 'A B', 'A.B', 'Ä', 'A\n', 'L'.repeat(101)];
    expect(accepts(LABEL_PATTERN, [...good, ...bad])).toEqual(good);
  });

  it('types: an upper-case letter, then upper-case letters, digits and _, at most 100', () => {
    const good = ['A', 'OWNS', 'PART_OF', 'R2', 'T'.repeat(100)];
    const bad = ['', 'owns', 'Owns', 'OWNs', '1A', '_A', 'A-B', 'A B', 'A\n', 'T'.repeat(101)];
    expect(accepts(TYPE_PATTERN, [...good, ...bad])).toEqual(good);
  });

  it('property names: a letter or _, then letters, digits and _, at most 100', () => {
    const good = ['a', '_', '_private', 'x1', 'Name_2', 'p'.repeat(100)];
    const bad = ['', '1x', 'a-b', 'a b', 'a.b', 'ä', 'a\n', 'p'.repeat(101)];
    expect(accepts(PROPERTY_NAME_PATTERN, [...good, ...bad])).toEqual(good);
  });
});

describe('names the loader makes from documents', () => {
  it('keeps the Document and Sentence labels and the HAS_SENTENCE type for itself', () => {
    expect([DOCUMENT_LABEL, SENTENCE_LABEL, HAS_SENTENCE]).toEqual(['Document', 'Sentence', 'HAS_SENTENCE']);
    expect(RESERVED_LABELS).toEqual(['Document', 'Sentence']);
    expect(RESERVED_TYPES).toEqual(['HAS_SENTENCE']);
  });

  it('keys a sentence by its document and index, and names the evidence properties', () => {
    expect(sentenceKey('doc-1', 12)).toBe('doc-1#12');
    expect(EVIDENCE_FIELDS).toEqual(['evidence_document', 'evidence_sentence', 'evidence_start', 'evidence_end', 'evidence_quote']);
  });
});

describe('problem text', () => {
  it('writes a place as file:line:column field, leaving out what is unknown', () => {
    expect(formatPlace({ file: 'g.json', line: 3, column: 14, field: 'nodes[0].key' })).toBe('g.json:3:14 nodes[0].key');
    expect(formatPlace({ file: 'g.json', line: 3, field: 'nodes[0]' })).toBe('g.json:3 nodes[0]');
    expect(formatPlace({ file: 'g.json', field: 'nodes[0].key' })).toBe('g.json nodes[0].key');
    expect(formatPlace({ file: 'n.csv', line: 2, column: 5, field: '' })).toBe('n.csv:2:5');
    expect(formatPlace({ file: 'n.csv', field: '' })).toBe('n.csv');
  });

  it('writes a problem as place: message [CODE]', () => {
    const problem: Problem = { code: 'BAD_KEY', message: 'node key "a b" is not a key', place: { file: 'g.json', line: 2, column: 11, field: 'nodes[0].key' } };
    expect(formatProblem(problem)).toBe('g.json:2:11 nodes[0].key: node key "a b" is not a key [BAD_KEY]');
  });
});

describe('the refusal', () => {
  const problem = (n: number): Problem => ({ code: 'BAD_KEY', message: `bad ${n}`, place: { file: 'g.json', line: n, field: `nodes[${n}].key` } });
  const problems = (count: number) => Array.from({ length: count }, (_, i) => problem(i + 1));

  it('counts one problem in the singular and lists it', () => {
    const error = new GraphFileError([problem(1)]);
    expect(error.message).toBe('The graph file has 1 problem; nothing was loaded:\ng.json:1 nodes[1].key: bad 1 [BAD_KEY]');
    expect(error).toMatchObject({ name: 'GraphFileError', code: 'GRAPH_FILE_INVALID', problems: [problem(1)] });
  });

  it('lists up to 50 problems, and counts the rest', () => {
    const two = new GraphFileError(problems(2)).message;
    expect(two).toBe(`The graph file has 2 problems; nothing was loaded:\n${problems(2).map(formatProblem).join('\n')}`);
    const fifty = new GraphFileError(problems(50)).message.split('\n');
    expect(fifty).toEqual(['The graph file has 50 problems; nothing was loaded:', ...problems(50).map(formatProblem)]);
    const many = new GraphFileError(problems(53));
    expect(many.message.split('\n')).toEqual(['The graph file has 53 problems; nothing was loaded:', ...problems(50).map(formatProblem), '… and 3 more']);
    expect(many.problems).toHaveLength(53);
  });
});
