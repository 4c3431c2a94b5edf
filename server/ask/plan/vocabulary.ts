// The graph's own vocabulary for the planner: each relationship type read as verbs and nouns, each label as a
// noun. Built from the database's labels and types (never from the question), so a SUPPLIES type answers "who
// supplies X" and "X's suppliers", a Crime label "how many crimes are there". A few English synonyms are known for
// common type names (OWNS: "parent company", "subsidiaries"; COMPETES_WITH: "rivals"); they apply only when the
// graph has that type.
import { COMPETITION, LEADERSHIP, OWNERSHIP, PARTNERSHIP, SUCCESSION, TRAFFIC, type DirectedVocabulary } from '../language/concepts.ts';
import { stemOf } from './words.ts';

export interface Relation {
  type: string;
  /** Stems that name the relation as a verb: "A <verb> B" says (A)-[:type]->(B) (or the reverse when `activeFromEnd`). */
  verbs: Set<string>;
  /** Multi-word verb phrases as stem sequences ("take over from"). */
  verbPhrases: string[][];
  /** Stems of nouns for the subject of the verb: "supplier", "owner". */
  agentNouns: Set<string>;
  agentNounPhrases: string[][];
  /** Stems of nouns for the object: "subsidiary", "address". */
  patientNouns: Set<string>;
  patientNounPhrases: string[][];
  /** Nouns that name the object loosely ("products" of an owner): a weaker reading. */
  weakPatientNouns: Set<string>;
  /** Stored once per pair and read both ways (COMPETES_WITH, PARTNERS_WITH, KNOWS-like *_WITH types). */
  symmetric: boolean;
  /** INVESTIGATED_BY: "A investigated B" is (B)-[:INVESTIGATED_BY]->(A). */
  activeFromEnd: boolean;
  /** The relation is in the past (LED next to LEADS): "still", "now" do not fit it. */
  past: boolean;
  /** Words for the plan in words: "competes with", "owns". */
  phrase: string;
}

export interface LabelNoun {
  label: string;
  stems: Set<string>;
}

export interface GraphVocabulary {
  relations: Relation[];
  labels: LabelNoun[];
  /** Property keys the database has. */
  propertyKeys: Set<string>;
  /** Words of figures' `metric` values (stems), for "who added more new buyers". */
  metricStems: Set<string>;
}

/** Labels of the evidence layer: never a noun, never an answer. */
export const EVIDENCE_LABELS = ['Document', 'Sentence'];
export const EVIDENCE_TYPES = ['MENTIONED_IN', 'HAS_SENTENCE'];
const FUNCTION_WORDS = new Set(['has', 'have', 'is', 'was', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'the', 'a', 'an', 'as', 'current', 'primary']);

interface Synonyms {
  phrase?: string;
  vocabulary?: DirectedVocabulary;
  symmetric?: readonly string[];
  past?: boolean;
  extra?: Partial<Record<'verbs' | 'agentNouns' | 'patientNouns', string[]>>;
}

/** Known English for common type names; a type the graph lacks is never used. */
const SYNONYMS: Record<string, Synonyms> = {
  OWNS: { phrase: 'owns', vocabulary: OWNERSHIP, extra: { verbs: ['have'] } },
  LEADS: { vocabulary: LEADERSHIP },
  LED: { vocabulary: LEADERSHIP, past: true },
  SUCCEEDED: { vocabulary: SUCCESSION },
  TRAFFIC_SOURCE_FOR: { vocabulary: TRAFFIC },
  COMPETES_WITH: { phrase: 'competes with', symmetric: COMPETITION },
  PARTNERS_WITH: { phrase: 'partners with', symmetric: PARTNERSHIP },
  KNOWS: { extra: { agentNouns: ['acquaintance', 'friend', 'contact'] } },
  CURRENT_ADDRESS: { extra: { verbs: ['live at', 'live in', 'reside at', 'reside in', 'stay at'] } },
  PARTICIPATED_IN: { extra: { verbs: ['take part in', 'join'], agentNouns: ['participant'] } },
  REPORTED_ON: { extra: { verbs: ['report', 'cover', 'write about'], agentNouns: ['reporter', 'source'] } },
  REPORTED: { extra: { verbs: ['add', 'post', 'announce', 'publish', 'record'] } },
  MANAGES: { extra: { verbs: ['run', 'oversee', 'operate'] } },
  SELLS: { extra: { verbs: ['offer', 'carry'], agentNouns: ['seller', 'vendor', 'retailer'] } },
  INVESTED_IN: { extra: { agentNouns: ['investor', 'shareholder'], verbs: ['back', 'fund'] } },
};

const phrases = (cues: readonly string[] | undefined) => (cues ?? []).filter((cue) => !/\p{Script=Han}/u.test(cue)).map((cue) => cue.split(/\s+/).map(stemOf));
const singles = (list: string[][]) => new Set(list.filter((p) => p.length === 1).map((p) => p[0]!));
const multis = (list: string[][]) => list.filter((p) => p.length > 1);

/** A relationship type read as words: ACTED_IN → verb "act"; INVESTIGATED_BY → verb "investigate", read from the end. */
export function relationOf(type: string): Relation {
  const words = type.toLowerCase().split(/_+/).filter(Boolean);
  const activeFromEnd = words.length > 1 && words.at(-1) === 'by';
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  const synonyms = SYNONYMS[type] ?? {};
  const vocab = synonyms.vocabulary;
  const verbList = [...phrases(vocab?.active), ...phrases(synonyms.extra?.verbs), ...phrases(synonyms.symmetric)];
  const ownWords = content.map(stemOf);
  // Every content word of the type names it as a verb ("supplies", "acted") and as a noun ("address", "rival").
  for (const stem of ownWords) verbList.push([stem]);
  if (ownWords.length > 1) verbList.push(ownWords);
  const agentList = [...phrases(vocab?.agentNouns), ...phrases(synonyms.extra?.agentNouns), ...phrases(synonyms.symmetric)];
  const patientList = [...phrases(vocab?.patientNouns), ...phrases(synonyms.extra?.patientNouns)];
  // A type named by nouns ("CURRENT_ADDRESS", "HAS_CATEGORY", "PART_OF"): "address of X" is the end node.
  // A type "X_OF" ("PART_OF", "INSTANCE_OF") names its start: "parts of Y" are the starts of PART_OF into Y.
  const ofType = words.length > 1 && words.at(-1) === 'of';
  const nounType = !ofType && (words[0] === 'has' || words[0] === 'current' || (!/(s|ed)$/.test(words[0]!) && words.length > 1 && !activeFromEnd && !['in', 'on', 'with', 'for', 'to', 'at'].includes(words.at(-1)!)));
  if (nounType) for (const stem of ownWords) patientList.push([stem]);
  if (ofType) for (const stem of ownWords) agentList.push([stem]);
  return {
    type,
    verbs: singles(verbList),
    verbPhrases: multis(verbList),
    agentNouns: singles(agentList),
    agentNounPhrases: multis(agentList),
    patientNouns: singles(patientList),
    patientNounPhrases: multis(patientList),
    weakPatientNouns: new Set(phrases(vocab?.weakPatientNouns).filter((p) => p.length === 1).map((p) => p[0]!)),
    symmetric: Boolean(synonyms.symmetric) || (words.at(-1) === 'with' && !activeFromEnd),
    activeFromEnd,
    past: synonyms.past ?? false,
    phrase: SYNONYMS[type]?.phrase ?? words.join(' '),
  };
}

/** Company → company, companies; OrgUnit → org unit; Person → person, people. */
export function labelNounOf(label: string): LabelNoun {
  const words = label.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);
  const stems = new Set<string>([words.map(stemOf).join(' ')]);
  if (words.length > 1) stems.add(stemOf(words.join('')));
  return { label, stems };
}

export function buildVocabulary(tokens: { labels: readonly string[]; types: readonly string[]; propertyKeys: readonly string[] }, metrics: readonly string[]): GraphVocabulary {
  return {
    relations: tokens.types.filter((type) => !EVIDENCE_TYPES.includes(type)).map(relationOf),
    labels: tokens.labels.filter((label) => !EVIDENCE_LABELS.includes(label) && label !== 'Entity').map(labelNounOf),
    propertyKeys: new Set(tokens.propertyKeys),
    metricStems: new Set(metrics.flatMap((metric) => metric.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).map(stemOf))),
  };
}
