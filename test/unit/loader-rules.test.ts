// Every validation rule of the loader (server/loader/validate.ts, read.ts) on its own: each case starts from a
// graph that is accepted and breaks exactly one thing, and the refusal must name exactly that problem (code and
// field) — so a rule that stops firing, or one that fires on a good file, fails here.
import { describe, expect, it } from 'vitest';
import { validateGraphObject } from '../../server/loader/read.ts';
import { GraphFileError } from '../../server/loader/format.ts';
import { SMALL_GRAPH_TEXT as TEXT, smallGraphFile } from '../helpers/graphFiles.ts';

type Item = Record<string, unknown>;
type File = ReturnType<typeof smallGraphFile>;
const good = (): File => smallGraphFile();

/** [code, field] of each problem the graph is refused with; fails when it is accepted. */
function problems(value: unknown): [string, string][] {
  try {
    validateGraphObject(value);
  } catch (error) {
    if (error instanceof GraphFileError) return error.problems.map((p) => [p.code, p.place.field]);
    throw error;
  }
  throw new Error('expected the graph to be refused');
}

/** The good graph with one change. */
function broken(change: (file: File) => void): File {
  const file = good();
  change(file);
  return file;
}

const ownsEvidence = (file: File) => file.relationships[0]!.properties as Item;

describe('the starting graph', () => {
  it('is accepted as it is', () => {
    const graph = validateGraphObject(good());
    expect(graph.nodes.map((n) => n.key)).toEqual(['ali', 'taobao']);
    expect(graph.relationships).toHaveLength(2);
    expect(graph.documents).toHaveLength(1);
  });
});

describe('top level', () => {
  it.each([
    ['a list instead of an object', [], [['BAD_SHAPE', '']]],
    ['null', null, [['BAD_SHAPE', '']]],
    ['a string', 'graph', [['BAD_SHAPE', '']]],
    ['an unknown section', { ...good(), edges: [] }, [['UNKNOWN_FIELD', 'edges']]],
    ['a section that is not a list', { documents: good().documents, nodes: {} }, [['BAD_SHAPE', 'nodes']]],
  ])('refuses %s', (_, value, expected) => {
    expect(problems(value)).toEqual(expected);
  });

  it('accepts a "meta" section and missing sections', () => {
    expect(validateGraphObject({ ...good(), meta: { source: 'x' } }).nodes).toHaveLength(2);
    expect(validateGraphObject({ nodes: [{ key: 'a', labels: ['A'] }] }).nodes).toEqual([{ key: 'a', labels: ['A'], properties: { key: 'a' } }]);
  });
});

describe('documents', () => {
  // A broken document takes its sentences and evidence with it, so these start from the documents alone.
  const documentsOnly = (change: (f: File) => void) => broken((f) => {
    f.nodes = [];
    f.relationships = [];
    change(f);
  });

  it.each<[string, (f: File) => void, [string, string][]]>([
    ['not an object', (f) => (f.documents[0] = ['doc'] as never), [['BAD_SHAPE', 'documents[0]']]],
    ['an unknown field', (f) => (f.documents[0]!.author = 'me'), [['UNKNOWN_FIELD', 'documents[0].author']]],
    ['no key', (f) => delete f.documents[0]!.key, [['MISSING_FIELD', 'documents[0].key']]],
    ['a key with a space', (f) => (f.documents[0]!.key = 'a doc'), [['BAD_KEY', 'documents[0].key']]],
    ['no text', (f) => delete f.documents[0]!.text, [['MISSING_FIELD', 'documents[0].text']]],
    ['an empty text', (f) => (f.documents[0]!.text = ''), [['BAD_SHAPE', 'documents[0].text']]],
    ['a text that is not a string', (f) => (f.documents[0]!.text = 7), [['BAD_SHAPE', 'documents[0].text']]],
    ['a title that is not a string', (f) => (f.documents[0]!.title = 7), [['BAD_SHAPE', 'documents[0].title']]],
    ['a source that is not a string', (f) => (f.documents[0]!.source = 7), [['BAD_SHAPE', 'documents[0].source']]],
    ['sentences that are not a list', (f) => (f.documents[0]!.sentences = 'all'), [['BAD_SENTENCES', 'documents[0].sentences']]],
    ['a sentence that is not a pair', (f) => (f.documents[0]!.sentences = [[0, 16, 3]]), [['BAD_SENTENCES', 'documents[0].sentences']]],
    ['a sentence that is not a list', (f) => (f.documents[0]!.sentences = [[0, 16], 17]), [['BAD_SENTENCES', 'documents[0].sentences']]],
    ['a sentence beyond the text', (f) => (f.documents[0]!.sentences = [[0, 16], [17, TEXT.length + 1]]), [['BAD_SENTENCES', 'documents[0].sentences']]],
  ])('refuses %s', (_, change, expected) => {
    expect(validateGraphObject(documentsOnly(() => undefined)).documents).toHaveLength(1);
    expect(problems(documentsOnly(change))).toEqual(expected);
  });

  it('refuses a document key used twice', () => {
    const file = documentsOnly((f) => f.documents.push({ key: 'doc', text: 'Other.' }));
    expect(problems(file)).toEqual([['DUPLICATE_KEY', 'documents[1].key']]);
  });

  it('keeps given sentences, a source, and uses the key when the title is missing', () => {
    const graph = validateGraphObject({ documents: [{ key: 'd', text: 'One. Two.', source: 'http://x', sentences: [[0, 4], [5, 9]] }] });
    expect(graph.documents).toEqual([{ key: 'd', title: 'd', text: 'One. Two.', source: 'http://x', sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }] }]);
    expect(validateGraphObject(good()).documents[0]).toEqual({ key: 'doc', title: 'A text', text: TEXT, sentences: [{ start: 0, end: 16 }, { start: 17, end: TEXT.length }] });
  });
});

describe('nodes', () => {
  it.each<[string, (f: File) => void, [string, string][]]>([
    ['not an object', (f) => (f.nodes.push('carol' as never)), [['BAD_SHAPE', 'nodes[2]']]],
    ['an unknown field', (f) => (f.nodes[1]!.colour = 'red'), [['UNKNOWN_FIELD', 'nodes[1].colour']]],
    ['a 201-character key', (f) => f.nodes.push({ key: 'k'.repeat(201), labels: ['A'] }), [['BAD_KEY', 'nodes[2].key']]],
    ['a key with "#"', (f) => f.nodes.push({ key: 'a#1', labels: ['A'] }), [['BAD_KEY', 'nodes[2].key']]],
    ['a key starting with "-"', (f) => f.nodes.push({ key: '-a', labels: ['A'] }), [['BAD_KEY', 'nodes[2].key']]],
    ['a key that is a number', (f) => f.nodes.push({ key: 12, labels: ['A'] }), [['BAD_KEY', 'nodes[2].key']]],
    ['no key', (f) => f.nodes.push({ labels: ['A'] }), [['MISSING_FIELD', 'nodes[2].key']]],
    ['no labels', (f) => delete f.nodes[1]!.labels, [['MISSING_FIELD', 'nodes[1].labels']]],
    ['an empty label list', (f) => (f.nodes[1]!.labels = []), [['BAD_LABEL', 'nodes[1].labels']]],
    ['labels that are not a list', (f) => (f.nodes[1]!.labels = 'Entity'), [['BAD_LABEL', 'nodes[1].labels']]],
    ['a label that is not a string', (f) => (f.nodes[1]!.labels = ['Entity', 3]), [['BAD_LABEL', 'nodes[1].labels[1]']]],
    ['a label starting with a digit', (f) => (f.nodes[1]!.labels = ['Entity', '2Product']), [['BAD_LABEL', 'nodes[1].labels[1]']]],
    ['a label with a space', (f) => (f.nodes[1]!.labels = ['Entity', 'Pro duct']), [['BAD_LABEL', 'nodes[1].labels[1]']]],
    ['a 101-character label', (f) => (f.nodes[1]!.labels = ['Entity', 'L'.repeat(101)]), [['BAD_LABEL', 'nodes[1].labels[1]']]],
    ['the reserved label Document', (f) => (f.nodes[1]!.labels = ['Document']), [['BAD_LABEL', 'nodes[1].labels[0]']]],
    ['the reserved label Sentence', (f) => (f.nodes[1]!.labels = ['Entity', 'Sentence']), [['BAD_LABEL', 'nodes[1].labels[1]']]],
    ['a label listed twice', (f) => (f.nodes[1]!.labels = ['Entity', 'Product', 'Entity']), [['BAD_LABEL', 'nodes[1].labels']]],
    ['properties that are not an object', (f) => (f.nodes[1]!.properties = ['Taobao']), [['BAD_SHAPE', 'nodes[1].properties']]],
    ['a property name with a dash', (f) => (f.nodes[1]!.properties = { 'short-name': 'T' }), [['BAD_PROPERTY', 'nodes[1].properties.short-name']]],
    ['a property name starting with a digit', (f) => (f.nodes[1]!.properties = { '1st': 'T' }), [['BAD_PROPERTY', 'nodes[1].properties.1st']]],
    ['a map value', (f) => (f.nodes[1]!.properties = { meta: { a: 1 } }), [['BAD_PROPERTY', 'nodes[1].properties.meta']]],
    ['a mixed list', (f) => (f.nodes[1]!.properties = { tags: ['a', 1] }), [['BAD_PROPERTY', 'nodes[1].properties.tags']]],
    ['properties.key disagreeing with the key', (f) => (f.nodes[1]!.properties = { key: 'tmall' }), [['BAD_PROPERTY', 'nodes[1].properties.key']]],
    ['a key used twice', (f) => f.nodes.push({ key: 'ali', labels: ['Person'] }), [['DUPLICATE_KEY', 'nodes[2].key']]],
  ])('refuses %s', (_, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });

  it('accepts a 200-character key, a 100-character label, properties.key equal to the key, and skips null values', () => {
    const key = 'k'.repeat(200);
    const label = 'L'.repeat(100);
    const graph = validateGraphObject({ nodes: [{ key, labels: [label], properties: { key, gone: null, name: 'x', _private: 1 } }] });
    expect(graph.nodes).toEqual([{ key, labels: [label], properties: { key, name: 'x', _private: 1 } }]);
  });

  it('refuses a reserved label and a bad property at once, each at its field', () => {
    const file = broken((f) => f.nodes.push({ key: 'x', labels: ['Sentence'], properties: { 'a b': 1 } }));
    expect(problems(file)).toEqual([
      ['BAD_LABEL', 'nodes[2].labels[0]'],
      ['BAD_PROPERTY', 'nodes[2].properties.a b'],
    ]);
  });
});

describe('relationships', () => {
  it.each<[string, (f: File) => void, [string, string][]]>([
    ['not an object', (f) => f.relationships.push(7 as never), [['BAD_SHAPE', 'relationships[2]']]],
    ['an unknown field', (f) => (f.relationships[1]!.weight = 1), [['UNKNOWN_FIELD', 'relationships[1].weight']]],
    ['no type', (f) => delete f.relationships[1]!.type, [['MISSING_FIELD', 'relationships[1].type']]],
    ['a lower-case type', (f) => (f.relationships[1]!.type = 'mentioned_in'), [['BAD_TYPE', 'relationships[1].type']]],
    ['a type that is not a string', (f) => (f.relationships[1]!.type = 1), [['BAD_TYPE', 'relationships[1].type']]],
    ['the reserved type HAS_SENTENCE', (f) => (f.relationships[1]!.type = 'HAS_SENTENCE'), [['BAD_TYPE', 'relationships[1].type']]],
    ['no start', (f) => delete f.relationships[1]!.start, [['MISSING_FIELD', 'relationships[1].start']]],
    ['no end', (f) => delete f.relationships[1]!.end, [['MISSING_FIELD', 'relationships[1].end']]],
    ['a start with a space', (f) => (f.relationships[1]!.start = 'a li'), [['BAD_KEY', 'relationships[1].start']]],
    ['an end that is no node', (f) => (f.relationships[1]!.end = 'nobody'), [['DANGLING_RELATIONSHIP', 'relationships[1].end']]],
    ['a start that is no node', (f) => (f.relationships[1]!.start = 'nobody'), [['DANGLING_RELATIONSHIP', 'relationships[1].start']]],
    ['a sentence that does not exist', (f) => (f.relationships[1]!.end = 'doc#2'), [['DANGLING_RELATIONSHIP', 'relationships[1].end']]],
    ['a bad relationship key', (f) => (f.relationships[1]!.key = 'a b'), [['BAD_KEY', 'relationships[1].key']]],
    ['properties that are not an object', (f) => (f.relationships[1]!.properties = 'x'), [['BAD_SHAPE', 'relationships[1].properties']]],
    ['a bad property', (f) => (f.relationships[1]!.properties = { at: { x: 1 } }), [['BAD_PROPERTY', 'relationships[1].properties.at']]],
    ['the same relationship twice', (f) => f.relationships.push({ ...f.relationships[1]! }), [['DUPLICATE_RELATIONSHIP', 'relationships[2].type']]],
  ])('refuses %s', (_, change, expected) => {
    expect(problems(broken(change))).toEqual(expected);
  });

  it('accepts the same relationship twice with distinct keys, and keeps the key', () => {
    const graph = validateGraphObject(
      broken((f) => {
        f.relationships[1]!.key = 'one';
        f.relationships.push({ ...f.relationships[1]!, key: 'two' });
      }),
    );
    expect(graph.relationships.map((r) => r.key)).toEqual([undefined, 'one', 'two']);
    expect('key' in graph.relationships[0]!).toBe(false);
    expect(graph.relationships[2]).toEqual({ type: 'MENTIONED_IN', start: 'ali', end: 'doc#0', key: 'two', properties: {} });
  });

  it('accepts a relationship that starts at a sentence and one without properties', () => {
    const graph = validateGraphObject(broken((f) => f.relationships.push({ type: 'ABOUT', start: 'doc#1', end: 'taobao' })));
    expect(graph.relationships[2]).toEqual({ type: 'ABOUT', start: 'doc#1', end: 'taobao', properties: {} });
  });

  it('checks the ends of a relationship whose type is wrong too', () => {
    const file = broken((f) => {
      f.relationships[1]!.type = 'bad';
      f.relationships[1]!.end = 'nobody';
    });
    expect(problems(file)).toEqual([
      ['BAD_TYPE', 'relationships[1].type'],
      ['DANGLING_RELATIONSHIP', 'relationships[1].end'],
    ]);
  });
});

describe('evidence', () => {
  it.each<[string, (p: Item) => void, [string, string][]]>([
    ['inferred that is not a boolean', (p) => (p.inferred = 'no'), [['BAD_EVIDENCE', 'relationships[0].properties.inferred']]],
    ['a missing quote', (p) => delete p.evidence_quote, [['BAD_EVIDENCE', 'relationships[0].properties.evidence_quote']]],
    ['a missing document', (p) => delete p.evidence_document, [['BAD_EVIDENCE', 'relationships[0].properties.evidence_document']]],
    ['an unknown document', (p) => (p.evidence_document = 'other'), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_document']]],
    ['a start that is not a number', (p) => (p.evidence_start = '0'), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_start']]],
    ['an end that is not a number', (p) => (p.evidence_end = '15'), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_start']]],
    ['a quote that is not a string', (p) => (p.evidence_quote = 15), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_quote']]],
    ['a sentence that is not an integer', (p) => (p.evidence_sentence = 0.5), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence']]],
    ['a sentence that is a string', (p) => (p.evidence_sentence = '0'), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence']]],
    ['a quote that differs from the text', (p) => (p.evidence_quote = 'Ali owns Tmall!'), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_quote']]],
    ['the wrong sentence', (p) => (p.evidence_sentence = 1), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence']]],
    ['a span beyond the text', (p) => Object.assign(p, { evidence_start: 40, evidence_end: 99 }), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_start']]],
  ])('refuses %s', (_, change, expected) => {
    expect(problems(broken((f) => change(ownsEvidence(f))))).toEqual(expected);
  });

  it('accepts evidence without a sentence index, and no evidence at all', () => {
    const graph = validateGraphObject(broken((f) => delete ownsEvidence(f).evidence_sentence));
    expect(graph.relationships[0]!.properties.evidence_quote).toBe('Ali owns Taobao');
    expect(validateGraphObject(broken((f) => (f.relationships[0]!.properties = { inferred: true }))).relationships[0]!.properties).toEqual({ inferred: true });
  });
});
