// A deterministic generator of company knowledge graphs in the project's graph file format, for the benchmarks
// and for anyone who wants a large graph to load: ownership trees, competition clusters, people who lead and
// succeed each other, dated events, reported figures, aliases in Latin and Chinese, a power-law degree
// distribution, and a generated news text in which every relationship has its evidence sentence.
//
//   npx tsx bench/generate.ts --size 100k --out /tmp/graph-100k.json
//   npx tsx bench/generate.ts --nodes 2000 --relationships 8000 --seed 7 --out /tmp/small.json
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRandom, powerLawWeights, WeightedSampler, type Random } from './lib/random.ts';

export interface GraphFileDocument {
  key: string;
  title: string;
  text: string;
  source: string;
  /** Sentence spans [start, end) in text, one per relationship, so the loader need not split the text. */
  sentences: [number, number][];
}
export interface GraphFileNode {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface GraphFileRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface GraphFile {
  documents: GraphFileDocument[];
  nodes: GraphFileNode[];
  relationships: GraphFileRelationship[];
}

/** The sizes the issue names: 10k nodes / 50k relationships, 100k / 500k, and 1M relationships. */
export const SIZES = {
  '10k': { nodes: 10_000, relationships: 50_000 },
  '100k': { nodes: 100_000, relationships: 500_000 },
  '1m': { nodes: 200_000, relationships: 1_000_000 },
} as const;
export type SizeName = keyof typeof SIZES;

export interface GenerateOptions {
  nodes: number;
  relationships: number;
  seed?: number;
  /** Tail exponent of the degree distribution (density exponent, 2 < alpha < 3.5 is realistic). */
  degreeExponent?: number;
  /** Evidence sentences per generated document. */
  sentencesPerDocument?: number;
}

export const ENTITY_TYPES = ['Company', 'Product', 'Person', 'OrgUnit', 'Event', 'Figure'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
const TYPE_SHARE: Record<EntityType, number> = { Company: 0.3, Product: 0.22, Person: 0.22, OrgUnit: 0.08, Event: 0.12, Figure: 0.06 };
const KEY_PREFIX: Record<EntityType, string> = { Company: 'co', Product: 'pr', Person: 'pe', OrgUnit: 'ou', Event: 'ev', Figure: 'fi' };

export const RELATIONSHIP_TYPES = [
  'OWNS',
  'COMPETES_WITH',
  'LEADS',
  'LED',
  'SUCCEEDED',
  'PARTNERS_WITH',
  'TRAFFIC_SOURCE_FOR',
  'PARTICIPATED_IN',
  'REPORTED',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
const SYMMETRIC = new Set<RelationshipType>(['COMPETES_WITH', 'PARTNERS_WITH']);
const SENTENCE: Record<RelationshipType, string> = {
  OWNS: 'owns',
  COMPETES_WITH: 'competes with',
  LEADS: 'leads',
  LED: 'formerly led',
  SUCCEEDED: 'succeeded',
  PARTNERS_WITH: 'partners with',
  TRAFFIC_SOURCE_FOR: 'sends traffic to',
  PARTICIPATED_IN: 'took part in',
  REPORTED: 'reported',
};

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'zu', 'shi', 'an', 'be', 'do', 'fen', 'gu', 'hai', 'jin', 'kun', 'lan', 'ma', 'nor', 'pa', 'qi', 'ru', 'sen', 'tu', 'wei', 'xin', 'ya', 'zen', 'bo', 'che', 'di', 'fu'];
const HANZI = ['阿', '里', '京', '东', '腾', '讯', '美', '团', '拼', '多', '快', '手', '字', '节', '百', '度', '华', '为', '小', '米', '网', '易', '新', '浪', '携', '程', '唯', '品', '苏', '宁', '滴', '盒'];
const COMPANY_SUFFIX = ['Holdings', 'Group', 'Technologies', 'Retail', 'Logistics', 'Media', 'Capital', 'Networks'];
const PRODUCT_SUFFIX = ['App', 'Pay', 'Mall', 'Cloud', 'Live', 'Maps', 'Video', 'Express'];
const UNIT_SUFFIX = ['Commerce Unit', 'Cloud Unit', 'Ads Department', 'Logistics Unit', 'Local Services'];
const EVENT_KINDS = ['IPO', 'Singles Day sale', 'merger', 'funding round', 'antitrust review', 'product launch'];
const METRICS = [
  { metric: 'revenue', unit: 'billion yuan' },
  { metric: 'GMV', unit: 'billion yuan' },
  { metric: 'annual active buyers', unit: 'million' },
  { metric: 'net income', unit: 'billion yuan' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A name unique to `index` (its digits in base 32 become syllables), and the same digits as Chinese characters. */
function codeName(index: number, minDigits = 2): { latin: string; hanzi: string } {
  const digits: number[] = [];
  let rest = index;
  do {
    digits.push(rest % 32);
    rest = Math.floor(rest / 32);
  } while (rest > 0 || digits.length < minDigits);
  const latin = digits.map((d) => SYLLABLES[d]).join('');
  return { latin: latin[0]!.toUpperCase() + latin.slice(1), hanzi: digits.map((d) => HANZI[d]).join('') };
}

interface Layout {
  start: Record<EntityType, number>;
  count: Record<EntityType, number>;
}

function layoutFor(total: number): Layout {
  const start = {} as Record<EntityType, number>;
  const count = {} as Record<EntityType, number>;
  let offset = 0;
  ENTITY_TYPES.forEach((type, i) => {
    const n = i === ENTITY_TYPES.length - 1 ? total - offset : Math.max(1, Math.round(total * TYPE_SHARE[type]));
    start[type] = offset;
    count[type] = n;
    offset += n;
  });
  return { start, count };
}

function makeNodes(random: Random, layout: Layout, companyCluster: Int32Array): GraphFileNode[] {
  const nodes: GraphFileNode[] = [];
  for (const type of ENTITY_TYPES) {
    for (let i = 0; i < layout.count[type]; i++) {
      const key = `${KEY_PREFIX[type]}-${i}`;
      const code = codeName(i);
      const base = { key, labels: ['Entity', type] };
      switch (type) {
        case 'Company': {
          const suffix = COMPANY_SUFFIX[i % COMPANY_SUFFIX.length]!;
          const name = `${code.latin} ${suffix}`;
          const initials = (code.latin.slice(0, 2) + suffix[0]).toUpperCase();
          nodes.push({ ...base, properties: { key, name, aliases: [name, code.latin, initials, `${code.hanzi}集团`], description: `A company in sector ${companyCluster[i]}.` } });
          break;
        }
        case 'Product': {
          const name = `${code.latin} ${PRODUCT_SUFFIX[i % PRODUCT_SUFFIX.length]}`;
          nodes.push({ ...base, properties: { key, name, aliases: [name, `${code.hanzi}${i % 2 ? '平台' : '应用'}`], description: 'A product or platform.' } });
          break;
        }
        case 'Person': {
          const family = codeName(i % 997, 1).latin;
          const given = codeName(Math.floor(i / 997), 2).latin;
          const name = `${given} ${family}`;
          nodes.push({ ...base, properties: { key, name, aliases: [name, `${family} ${given}`, codeName(i, 2).hanzi], description: 'An executive.' } });
          break;
        }
        case 'OrgUnit': {
          const name = `${code.latin} ${UNIT_SUFFIX[i % UNIT_SUFFIX.length]}`;
          nodes.push({ ...base, properties: { key, name, aliases: [name, `${code.hanzi}事业部`], description: 'A business unit.' } });
          break;
        }
        case 'Event': {
          const year = 2000 + random.int(25);
          const month = 1 + random.int(12);
          const day = 1 + random.int(28);
          const name = `${code.latin} ${EVENT_KINDS[i % EVENT_KINDS.length]} ${year}`;
          nodes.push({
            ...base,
            properties: {
              key,
              name,
              aliases: [name],
              description: 'A dated event.',
              date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
              date_text: `${MONTHS[month - 1]} ${year}`,
            },
          });
          break;
        }
        case 'Figure': {
          const { metric, unit } = METRICS[i % METRICS.length]!;
          const value = Math.round(random.next() * 500_000) / 1000;
          const period = random.next() < 0.5 ? `FY${2010 + random.int(15)}` : `Q${1 + random.int(4)} ${2010 + random.int(15)}`;
          const name = `${metric} ${period} #${i}`;
          const properties: Record<string, unknown> = { key, name, aliases: [name], description: `Reported ${metric}.`, metric, value, unit, period };
          if (random.next() < 0.5) properties.change_pct = Math.round((random.next() * 120 - 20) * 10) / 10;
          nodes.push({ ...base, properties });
          break;
        }
      }
    }
  }
  return nodes;
}

/** Draws relationships under the per-type rules; keeps (type, pair) unique so a MERGE-based loader keeps them all. */
class RelationshipDraw {
  readonly pairs: Array<{ type: RelationshipType; start: number; end: number }> = [];
  private readonly seen = new Set<string>();

  add(type: RelationshipType, start: number, end: number): boolean {
    if (start === end) return false;
    const [a, b] = SYMMETRIC.has(type) && end < start ? [end, start] : [start, end];
    const id = `${type}:${a}:${b}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    this.pairs.push({ type, start: a, end: b });
    return true;
  }
}

export function generateCompanyGraph(options: GenerateOptions): GraphFile {
  const { nodes: nodeCount, relationships: relationshipCount } = options;
  if (!Number.isInteger(nodeCount) || nodeCount < 60) throw new RangeError('generateCompanyGraph: `nodes` must be an integer of 60 or more.');
  if (!Number.isInteger(relationshipCount) || relationshipCount < nodeCount) {
    throw new RangeError('generateCompanyGraph: `relationships` must be an integer no smaller than `nodes`.');
  }
  const random = createRandom(options.seed ?? 1);
  const alpha = options.degreeExponent ?? 2.4;
  const beta = 1 / (alpha - 1);
  const layout = layoutFor(nodeCount);
  const { start, count } = layout;

  // Each entity type gets power-law weights: the chance to be drawn as an endpoint.
  const weights = {} as Record<EntityType, Float64Array>;
  const samplers = {} as Record<EntityType, WeightedSampler>;
  for (const type of ENTITY_TYPES) {
    // Companies keep heavy weights at low indexes, so early companies become the roots of big ownership trees.
    weights[type] = powerLawWeights(count[type], beta, random, type !== 'Company');
    samplers[type] = new WeightedSampler(weights[type]);
  }
  const draw = (type: EntityType, below?: number) => start[type] + samplers[type].sample(random, below);

  // Competition clusters (sectors) for companies and products; cluster sizes are themselves heavy-tailed.
  const clusterOf = (type: 'Company' | 'Product') => {
    const clusters = Math.max(2, Math.round(count[type] / 25));
    const clusterSampler = new WeightedSampler(powerLawWeights(clusters, 0.8, random));
    const membership = new Int32Array(count[type]);
    const members: number[][] = Array.from({ length: clusters }, () => []);
    for (let i = 0; i < count[type]; i++) {
      const c = clusterSampler.sample(random);
      membership[i] = c;
      members[c]!.push(i);
    }
    const withPairs = members.filter((m) => m.length >= 2);
    const samplersByCluster = withPairs.map((m) => new WeightedSampler(m.map((i) => weights[type][i]!)));
    const clusterPick = new WeightedSampler(withPairs.map((m) => m.length));
    const pair = (): [number, number] => {
      const c = clusterPick.sample(random);
      const m = withPairs[c]!;
      return [start[type] + m[samplersByCluster[c]!.sample(random)]!, start[type] + m[samplersByCluster[c]!.sample(random)]!];
    };
    return { membership, pair };
  };
  const companyClusters = clusterOf('Company');
  const productClusters = clusterOf('Product');

  const rels = new RelationshipDraw();
  // Ownership trees: a company's owner is an earlier company (so no cycles), drawn by weight.
  for (let i = 1; i < count.Company; i++) {
    if (random.next() < 0.6) rels.add('OWNS', draw('Company', i), start.Company + i);
  }
  for (let i = 0; i < count.Product; i++) rels.add('OWNS', draw('Company'), start.Product + i);
  for (let i = 0; i < count.OrgUnit; i++) rels.add('OWNS', draw('Company'), start.OrgUnit + i);
  for (let i = 0; i < count.Figure; i++) rels.add('REPORTED', draw('Company'), start.Figure + i);
  for (let i = 0; i < count.Event; i++) rels.add('PARTICIPATED_IN', draw('Company'), start.Event + i);
  // People: former leaders first, then current ones, who succeed the company's former leader when there is one.
  const formerLeader = new Map<number, number>();
  for (let i = 0; i < count.Person; i++) {
    if (random.next() < 0.4) {
      const company = draw('Company');
      if (rels.add('LED', start.Person + i, company)) formerLeader.set(company, start.Person + i);
    }
  }
  for (let i = 0; i < count.Person; i++) {
    if (random.next() < 0.5) {
      const person = start.Person + i;
      const company = draw('Company');
      if (!rels.add('LEADS', person, company)) continue;
      const predecessor = formerLeader.get(company);
      if (predecessor !== undefined && predecessor !== person) {
        rels.add('SUCCEEDED', person, predecessor);
        formerLeader.delete(company);
      }
    }
  }
  if (rels.pairs.length > relationshipCount) {
    throw new RangeError(`generateCompanyGraph: ${relationshipCount} relationships are too few for ${nodeCount} nodes (the structure alone needs ${rels.pairs.length}).`);
  }

  // The rest, by share: competition inside clusters, partnerships, traffic sources, participation in events.
  const fillers: Array<{ share: number; make: () => boolean }> = [
    { share: 0.3, make: () => rels.add('COMPETES_WITH', ...companyClusters.pair()) },
    { share: 0.12, make: () => rels.add('COMPETES_WITH', ...productClusters.pair()) },
    { share: 0.16, make: () => rels.add('PARTNERS_WITH', draw('Company'), draw('Company')) },
    { share: 0.14, make: () => rels.add('TRAFFIC_SOURCE_FOR', draw('Product'), random.next() < 0.5 ? draw('Company') : draw('Product')) },
    { share: 0.2, make: () => rels.add('PARTICIPATED_IN', random.next() < 0.7 ? draw('Company') : draw('Person'), draw('Event')) },
    { share: 0.08, make: () => rels.add('OWNS', draw('Company'), draw('Product')) },
  ];
  const fillerPick = new WeightedSampler(fillers.map((f) => f.share));
  let misses = 0;
  while (rels.pairs.length < relationshipCount) {
    if (fillers[fillerPick.sample(random)]!.make()) misses = 0;
    else if (++misses > 10_000) throw new RangeError('generateCompanyGraph: too many relationships for this many nodes (pairs exhausted).');
  }

  const nodes = makeNodes(random, layout, companyClusters.membership);
  const { documents, relationships } = withEvidence(random, nodes, rels.pairs, options.sentencesPerDocument ?? 1000);
  return { documents, nodes, relationships };
}

/** Writes one sentence per relationship into generated news documents; each relationship quotes its sentence. */
function withEvidence(
  random: Random,
  nodes: GraphFileNode[],
  pairs: RelationshipDraw['pairs'],
  perDocument: number,
): { documents: GraphFileDocument[]; relationships: GraphFileRelationship[] } {
  const documents: GraphFileDocument[] = [];
  const relationships: GraphFileRelationship[] = [];
  for (let first = 0; first < pairs.length; first += perDocument) {
    const docKey = `news-${documents.length}`;
    const parts: string[] = [];
    const sentences: [number, number][] = [];
    let offset = 0;
    const batch = pairs.slice(first, first + perDocument);
    batch.forEach((pair, index) => {
      const a = nodes[pair.start]!;
      const b = nodes[pair.end]!;
      const sentence = `${a.properties.name} ${SENTENCE[pair.type]} ${b.properties.name}.`;
      if (index > 0) offset += 1;
      relationships.push({
        type: pair.type,
        start: a.key,
        end: b.key,
        properties: {
          evidence_document: docKey,
          evidence_sentence: index,
          evidence_start: offset,
          evidence_end: offset + sentence.length,
          evidence_quote: sentence,
          inferred: random.next() < 0.03,
        },
      });
      parts.push(sentence);
      sentences.push([offset, offset + sentence.length]);
      offset += sentence.length;
    });
    documents.push({ key: docKey, title: `Generated market news ${documents.length + 1}`, text: parts.join(' '), source: 'bench/generate.ts', sentences });
  }
  return { documents, relationships };
}

/** Streams a graph file to disk without building one giant string (1M relationships is a few hundred MB). */
export function writeGraphFile(graph: GraphFile, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let buffer = '';
  const write = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  };
  const section = (name: string, items: readonly unknown[], last: boolean) => {
    write(`"${name}":[\n`);
    items.forEach((item, i) => write(JSON.stringify(item) + (i < items.length - 1 ? ',\n' : '\n')));
    write(last ? ']' : '],\n');
  };
  try {
    write('{');
    section('documents', graph.documents, false);
    section('nodes', graph.nodes, false);
    section('relationships', graph.relationships, true);
    write('}\n');
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}

function parseArgs(argv: string[]): GenerateOptions & { out: string } {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = value('size') as SizeName | undefined;
  if (size && !(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const preset = size ? SIZES[size] : SIZES['10k'];
  const out = value('out');
  if (!out) throw new Error('Usage: tsx bench/generate.ts [--size 10k|100k|1m | --nodes N --relationships R] [--seed S] --out FILE');
  return {
    nodes: Number(value('nodes') ?? preset.nodes),
    relationships: Number(value('relationships') ?? preset.relationships),
    seed: Number(value('seed') ?? 1),
    out,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const started = performance.now();
    const graph = generateCompanyGraph(options);
    writeGraphFile(graph, options.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Wrote ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${graph.documents.length} documents to ${options.out} in ${seconds} s (seed ${options.seed ?? 1}).\n`,
    );
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
