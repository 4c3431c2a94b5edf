// Builds data/seed/alibaba.graph.json from the article (data/seed/article.txt) and the hand-written facts
// (data/seed/facts.ts): finds each quote and computes its exact offsets and sentence, finds the sentences that
// mention each entity (by its names, aliases and mention phrases), and validates the result with the loader.
//
//   npx tsx data/seed/build.ts          writes the file
//   npx tsx data/seed/build.ts --check  fails if the committed file differs from a fresh build
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../../server/evidence/sentences.ts';
import { findQuote, sentenceIndexOf } from '../../server/evidence/offsets.ts';
import { validateGraphObject } from '../../server/loader/read.ts';
import { DOCUMENT, ENTITIES, RELATIONS, type EntityFact } from './facts.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ARTICLE_FILE = path.join(HERE, 'article.txt');
export const SEED_GRAPH_FILE = path.join(HERE, 'alibaba.graph.json');

/** Relationship types stored once per pair because they mean the same in both directions. */
export const SYMMETRIC_TYPES = ['COMPETES_WITH', 'PARTNERS_WITH'];

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasesOf(entity: EntityFact): string[] {
  const seen = new Set<string>();
  return [entity.name, ...entity.aliases].filter((alias) => {
    const folded = fold(alias);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** Every occurrence of the entity's names in the text, as whole words, ignoring case. */
function mentionsOf(text: string, entity: EntityFact): { start: number; end: number }[] {
  const phrases = [...aliasesOf(entity), ...(entity.mentions ?? [])];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function assertFacts(): void {
  const keys = new Set<string>();
  const aliasOwner = new Map<string, string>();
  for (const entity of ENTITIES) {
    if (keys.has(entity.key)) throw new Error(`Entity key "${entity.key}" is used twice.`);
    keys.add(entity.key);
    for (const alias of aliasesOf(entity)) {
      const owner = aliasOwner.get(fold(alias));
      if (owner) throw new Error(`Alias "${alias}" names both "${owner}" and "${entity.key}".`);
      aliasOwner.set(fold(alias), entity.key);
    }
  }
  const pairs = new Set<string>();
  for (const fact of RELATIONS) {
    for (const end of [fact.start, fact.end]) if (!keys.has(end)) throw new Error(`${fact.type} ${fact.start}→${fact.end}: no entity "${end}".`);
    const id = `${fact.start}|${fact.type}|${fact.end}`;
    const reverse = `${fact.end}|${fact.type}|${fact.start}`;
    if (pairs.has(id) || (SYMMETRIC_TYPES.includes(fact.type) && pairs.has(reverse))) throw new Error(`${fact.type} ${fact.start}→${fact.end} is given twice.`);
    pairs.add(id);
  }
}

export function buildSeedGraph(text: string = fs.readFileSync(ARTICLE_FILE, 'utf8')) {
  assertFacts();
  const sentences = splitSentences(text);
  const evidence = (start: number, end: number) => {
    const sentence = sentenceIndexOf(sentences, start, end);
    if (sentence < 0) throw new Error(`Quote "${text.slice(start, end)}" spans two sentences.`);
    return { evidence_document: DOCUMENT.key, evidence_sentence: sentence, evidence_start: start, evidence_end: end, evidence_quote: text.slice(start, end) };
  };

  const nodes = ENTITIES.map((entity) => ({
    key: entity.key,
    labels: ['Entity', entity.type],
    properties: { name: entity.name, aliases: aliasesOf(entity), description: entity.description, ...entity.properties },
  }));

  const facts = RELATIONS.map((fact) => {
    const { start, end } = findQuote(text, fact.quote, fact.occurrence);
    return { type: fact.type, start: fact.start, end: fact.end, properties: { ...evidence(start, end), inferred: fact.inferred ?? false, ...fact.properties } };
  });

  const mentions = ENTITIES.flatMap((entity) => {
    const bySentence = new Map<number, { start: number; end: number; count: number }>();
    for (const { start, end } of mentionsOf(text, entity)) {
      const sentence = sentenceIndexOf(sentences, start, end);
      if (sentence < 0) continue;
      const first = bySentence.get(sentence);
      if (first) first.count++;
      else bySentence.set(sentence, { start, end, count: 1 });
    }
    if (bySentence.size === 0) throw new Error(`The article never mentions "${entity.key}" by its names or mention phrases.`);
    return [...bySentence.entries()].map(([sentence, { start, end, count }]) => ({
      type: 'MENTIONED_IN',
      start: entity.key,
      end: `${DOCUMENT.key}#${sentence}`,
      properties: { ...evidence(start, end), mentions: count },
    }));
  });

  const graph = {
    meta: {
      description: 'The seed knowledge graph: entities and facts of the article, each fact with its evidence in the text.',
      built_by: 'data/seed/build.ts from data/seed/article.txt and data/seed/facts.ts (do not edit by hand)',
    },
    documents: [{ ...DOCUMENT, text, sentences: sentences.map((s) => [s.start, s.end]) }],
    nodes,
    relationships: [...facts, ...mentions],
  };
  validateGraphObject(graph, 'seed graph');
  return graph;
}

/** One item per line: readable diffs when a fact changes. */
export function seedGraphText(): string {
  const graph = buildSeedGraph();
  const section = (items: unknown[]) => `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n ]`;
  const parts = Object.entries(graph).map(([name, value]) => ` ${JSON.stringify(name)}: ${Array.isArray(value) ? section(value) : JSON.stringify(value)}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fresh = seedGraphText();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SEED_GRAPH_FILE) ? fs.readFileSync(SEED_GRAPH_FILE, 'utf8') : '';
    if (committed !== fresh) {
      process.stderr.write(`${path.relative(process.cwd(), SEED_GRAPH_FILE)} is out of date: run npx tsx data/seed/build.ts\n`);
      process.exit(1);
    }
    process.stdout.write('The seed graph file is up to date.\n');
  } else {
    fs.writeFileSync(SEED_GRAPH_FILE, fresh);
    const graph = JSON.parse(fresh) as { nodes: unknown[]; relationships: { type: string }[] };
    const facts = graph.relationships.filter((r) => r.type !== 'MENTIONED_IN').length;
    process.stdout.write(`Wrote ${path.relative(process.cwd(), SEED_GRAPH_FILE)}: ${graph.nodes.length} entities, ${facts} facts, ${graph.relationships.length - facts} mentions.\n`);
  }
}
