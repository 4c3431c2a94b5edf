// What the loader tells a person about each refused item (server/loader/validate.ts): the message names the
// value that is wrong and what is expected, and a duplicate names where the first one is (a JSON path or a CSV
// line). Also the rules whose effect shows only next to another problem: a broken item takes nothing else with
// it but what depends on it, and a relationship or property already refused is not checked further.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../server/loader/format.ts';
import { validateGraphObject } from '../../server/loader/read.ts';
import { validateGraph } from '../../server/loader/validate.ts';
import { problemsOf, smallGraphFile } from '../helpers/graphFiles.ts';

type File = ReturnType<typeof smallGraphFile>;
type Item = Record<string, unknown>;

/** [code, field, message] of each problem the graph (named "g.json") is refused with. */
function refusal(value: unknown): [string, string, string][] {
  try {
    validateGraphObject(value, 'g.json');
  } catch (error) {
    if (error instanceof GraphFileError) return error.problems.map((p) => [p.code, p.place.field, p.message]);
    throw error;
  }
  throw new Error('expected the graph to be refused');
}

function broken(change: (file: File) => void): File {
  const file = smallGraphFile();
  change(file);
  return file;
}

/** The small graph with its documents alone (a broken document takes its sentences and evidence with it). */
const documentsOnly = (change: (file: File) => void) =>
  broken((f) => {
    f.nodes = [];
    f.relationships = [];
    change(f);
  });

const evidence = (f: File) => f.relationships[0]!.properties as Item;
const NOT_A_KEY = 'is not a key: letters, digits and . _ : ~ - (no spaces or "#"), starting with a letter or digit, at most 200';

describe('messages', () => {
  it.each<[string, File, [string, string, string][]]>([
    ['a document that is not an object', documentsOnly((f) => (f.documents[0] = ['doc'] as never)), [['BAD_SHAPE', 'documents[0]', 'a document must be an object {key, title, text, source?, sentences?}']]],
    ['a document field it does not know', documentsOnly((f) => (f.documents[0]!.author = 'me')), [['UNKNOWN_FIELD', 'documents[0].author', 'unknown field "author" (expected key, title, text, source, sentences)']]],
    ['a document without a key', documentsOnly((f) => delete f.documents[0]!.key), [['MISSING_FIELD', 'documents[0].key', 'document key is missing']]],
    ['a document key with a space', documentsOnly((f) => (f.documents[0]!.key = 'a doc')), [['BAD_KEY', 'documents[0].key', `document key "a doc" ${NOT_A_KEY}`]]],
    ['an empty text', documentsOnly((f) => (f.documents[0]!.text = '')), [['BAD_SHAPE', 'documents[0].text', 'text must be a non-empty string']]],
    ['a title that is a number', documentsOnly((f) => (f.documents[0]!.title = 7)), [['BAD_SHAPE', 'documents[0].title', 'title must be a string']]],
    ['a source that is a number', documentsOnly((f) => (f.documents[0]!.source = 7)), [['BAD_SHAPE', 'documents[0].source', 'source must be a string']]],
    ['sentences that are not pairs', documentsOnly((f) => (f.documents[0]!.sentences = 'all')), [['BAD_SENTENCES', 'documents[0].sentences', 'sentences must be a list of [start, end] pairs']]],
    ['a document key used twice', documentsOnly((f) => f.documents.push({ key: 'doc', text: 'Other.' })), [['DUPLICATE_KEY', 'documents[1].key', 'document key "doc" is used twice']]],
    ['a node that is not an object', broken((f) => f.nodes.push('carol' as never)), [['BAD_SHAPE', 'nodes[2]', 'a node must be an object {key, labels, properties}']]],
    ['a node field it does not know', broken((f) => (f.nodes[1]!.colour = 'red')), [['UNKNOWN_FIELD', 'nodes[1].colour', 'unknown field "colour" (expected key, labels, properties)']]],
    ['a node without a key', broken((f) => f.nodes.push({ labels: ['A'] })), [['MISSING_FIELD', 'nodes[2].key', 'node key is missing']]],
    ['a node key with a space', broken((f) => f.nodes.push({ key: 'a b', labels: ['A'] })), [['BAD_KEY', 'nodes[2].key', `node key "a b" ${NOT_A_KEY}`]]],
    ['an empty label list', broken((f) => (f.nodes[1]!.labels = [])), [['BAD_LABEL', 'nodes[1].labels', 'labels must be a non-empty list of strings']]],
    ['a label starting with a digit', broken((f) => (f.nodes[1]!.labels = ['Entity', '2Product'])), [['BAD_LABEL', 'nodes[1].labels[1]', 'label "2Product" must be letters, digits and _, starting with a letter']]],
    ['a reserved label', broken((f) => (f.nodes[1]!.labels = ['Entity', 'Sentence'])), [['BAD_LABEL', 'nodes[1].labels[1]', 'label "Sentence" is made by the loader from "documents"; put documents there instead']]],
    ['a label listed twice', broken((f) => (f.nodes[1]!.labels = ['Entity', 'Product', 'Entity'])), [['BAD_LABEL', 'nodes[1].labels', 'a label is listed twice']]],
    ['properties that are a list', broken((f) => (f.nodes[1]!.properties = ['x'])), [['BAD_SHAPE', 'nodes[1].properties', 'properties must be an object']]],
    ['a property name with a dash', broken((f) => (f.nodes[1]!.properties = { 'short-name': 'T' })), [['BAD_PROPERTY', 'nodes[1].properties.short-name', 'property name "short-name" must be letters, digits and _ (not starting with a digit)']]],
    ['properties.key disagreeing with the key', broken((f) => (f.nodes[1]!.properties = { key: 'tmall' })), [['BAD_PROPERTY', 'nodes[1].properties.key', 'properties.key "tmall" differs from the node key "taobao"']]],
    ['a node key used twice', broken((f) => f.nodes.push({ key: 'ali', labels: ['Person'] })), [['DUPLICATE_KEY', 'nodes[2].key', 'node key "ali" is already used by g.json nodes[0]']]],
    ['a relationship that is not an object', broken((f) => f.relationships.push(7 as never)), [['BAD_SHAPE', 'relationships[2]', 'a relationship must be an object {type, start, end, key?, properties}']]],
    ['a relationship field it does not know', broken((f) => (f.relationships[1]!.weight = 1)), [['UNKNOWN_FIELD', 'relationships[1].weight', 'unknown field "weight" (expected type, start, end, key, properties)']]],
    ['no type', broken((f) => delete f.relationships[1]!.type), [['MISSING_FIELD', 'relationships[1].type', 'type is missing']]],
    ['a lower-case type', broken((f) => (f.relationships[1]!.type = 'mentioned_in')), [['BAD_TYPE', 'relationships[1].type', 'type "mentioned_in" must be upper case letters, digits and _, starting with a letter (e.g. OWNS)']]],
    ['the reserved type', broken((f) => (f.relationships[1]!.type = 'HAS_SENTENCE')), [['BAD_TYPE', 'relationships[1].type', 'type "HAS_SENTENCE" is made by the loader from "documents"']]],
    ['a start with a space', broken((f) => (f.relationships[1]!.start = 'a li')), [['BAD_KEY', 'relationships[1].start', `start "a li" ${NOT_A_KEY}`]]],
    ['an end with a space', broken((f) => (f.relationships[1]!.end = 'a b')), [['BAD_KEY', 'relationships[1].end', `end "a b" ${NOT_A_KEY}`]]],
    ['no end', broken((f) => delete f.relationships[1]!.end), [['MISSING_FIELD', 'relationships[1].end', 'end is missing']]],
    ['a relationship key with a space', broken((f) => (f.relationships[1]!.key = 'a b')), [['BAD_KEY', 'relationships[1].key', `relationship key "a b" ${NOT_A_KEY}`]]],
    ['an end that is no node', broken((f) => (f.relationships[1]!.end = 'nobody')), [['DANGLING_RELATIONSHIP', 'relationships[1].end', 'end "nobody" is not the key of a node (or a sentence "document#index") in the file']]],
    [
      'the same relationship twice',
      broken((f) => f.relationships.push({ ...f.relationships[1]! })),
      [['DUPLICATE_RELATIONSHIP', 'relationships[2].type', '(ali)-[:MENTIONED_IN]->(doc#0) is already given by g.json relationships[1]; give each a distinct "key" if both are meant']],
    ],
    ['inferred that is a string', broken((f) => (evidence(f).inferred = 'no')), [['BAD_EVIDENCE', 'relationships[0].properties.inferred', 'inferred must be true or false']]],
    ['an unknown evidence document', broken((f) => (evidence(f).evidence_document = 'other')), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_document', 'no document "other" in the file']]],
    ['an evidence start that is a string', broken((f) => (evidence(f).evidence_start = '0')), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_start', 'evidence_start and evidence_end must be integers']]],
    ['an evidence quote that is a number', broken((f) => (evidence(f).evidence_quote = 15)), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_quote', 'evidence_quote must be a string']]],
    ['an evidence sentence that is a string', broken((f) => (evidence(f).evidence_sentence = '0')), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence', 'evidence_sentence must be an integer']]],
    ['an evidence sentence that is a fraction', broken((f) => (evidence(f).evidence_sentence = 0.5)), [['BAD_EVIDENCE', 'relationships[0].properties.evidence_sentence', 'evidence_sentence must be an integer']]],
  ])('%s', (_, file, expected) => {
    expect(refusal(file)).toEqual(expected);
  });

  it('names every missing evidence field, at the first of them', () => {
    const file = broken((f) => {
      delete evidence(f).evidence_end;
      delete evidence(f).evidence_quote;
    });
    expect(refusal(file)).toEqual([['BAD_EVIDENCE', 'relationships[0].properties.evidence_end', 'evidence needs evidence_end, evidence_quote as well']]);
    expect(refusal(broken((f) => delete evidence(f).evidence_end))).toEqual([['BAD_EVIDENCE', 'relationships[0].properties.evidence_end', 'evidence needs evidence_end as well']]);
  });

  it('names the CSV line of the first node with a key used twice', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-messages-'));
    try {
      const file = path.join(dir, 'nodes.csv');
      fs.writeFileSync(file, 'key,labels\na,Thing\nb,Thing\na,Other\n');
      expect(problemsOf([file]).map((p) => [p.code, p.place.line, p.message])).toEqual([['DUPLICATE_KEY', 4, `node key "a" is already used by ${file}:2`]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});


describe('items of the wrong kind', () => {
  it('refuses null as a document, a node or a relationship', () => {
    expect(refusal({ documents: [null], nodes: [null], relationships: [null] }).map(([code, field]) => [code, field])).toEqual([
      ['BAD_SHAPE', 'documents[0]'],
      ['BAD_SHAPE', 'nodes[0]'],
      ['BAD_SHAPE', 'relationships[0]'],
    ]);
  });

  it('refuses a label that is not a string even when it reads like a label', () => {
    expect(refusal(broken((f) => (f.nodes[1]!.labels = ['Entity', true]))).map(([code, field]) => [code, field])).toEqual([['BAD_LABEL', 'nodes[1].labels[1]']]);
    expect(refusal(broken((f) => (f.nodes[1]!.labels = ['Entity', ['Product']]))).map(([code, field]) => [code, field])).toEqual([['BAD_LABEL', 'nodes[1].labels[1]']]);
  });
});

describe('what a refused item takes with it', () => {
  it('leaves out a document with any problem: relationships to its sentences dangle, its evidence has no document', () => {
    expect(refusal(broken((f) => (f.documents[0]!.author = 'me'))).map(([code, field]) => [code, field])).toEqual([
      ['UNKNOWN_FIELD', 'documents[0].author'],
      ['BAD_EVIDENCE', 'relationships[0].properties.evidence_document'],
      ['DANGLING_RELATIONSHIP', 'relationships[1].end'],
    ]);
  });

  it('does not check the sentences of an empty text', () => {
    expect(refusal(documentsOnly((f) => Object.assign(f.documents[0]!, { text: '', sentences: [[0, 1]] }))).map(([code, field]) => [code, field])).toEqual([['BAD_SHAPE', 'documents[0].text']]);
  });

  it('does not check the evidence, nor compare duplicates, of a relationship refused for another field', () => {
    const file = broken((f) => {
      f.relationships[0]!.weight = 1;
      evidence(f).evidence_quote = 'Ali owns Tmall!';
      f.relationships.push({ ...f.relationships[1]!, colour: 'red' });
    });
    expect(refusal(file).map(([code, field]) => [code, field])).toEqual([
      ['UNKNOWN_FIELD', 'relationships[0].weight'],
      ['UNKNOWN_FIELD', 'relationships[2].colour'],
    ]);
  });

  it('reports a bad property name alone, without comparing the other properties with the key', () => {
    expect(refusal(broken((f) => (f.nodes[1]!.properties = { 'a b': 1, key: 'tmall' }))).map(([code, field]) => [code, field])).toEqual([['BAD_PROPERTY', 'nodes[1].properties.a b']]);
    expect(refusal(broken((f) => (f.nodes[1]!.properties = { at: { x: 1 }, key: 'tmall' }))).map(([code, field]) => [code, field])).toEqual([['BAD_PROPERTY', 'nodes[1].properties.at']]);
  });
});

describe('validateGraph', () => {
  it('gives a graph only when there is no problem at all', () => {
    const origin = { file: 'g.json', path: ['nodes', 0], format: 'json' as const };
    const good = validateGraph({ documents: [], nodes: [{ value: { key: 'a', labels: ['A'] }, origin }], relationships: [] });
    expect(good).toEqual({ graph: { documents: [], nodes: [{ key: 'a', labels: ['A'], properties: { key: 'a' } }], relationships: [] }, problems: [] });
    const bad = validateGraph({ documents: [], nodes: [{ value: { key: 'a', labels: ['A'], colour: 'red' }, origin }], relationships: [] });
    expect(bad).toEqual({ problems: [{ code: 'UNKNOWN_FIELD', origin, field: ['colour'], message: 'unknown field "colour" (expected key, labels, properties)' }] });
  });
});
