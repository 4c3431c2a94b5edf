// Ask service: question → translator → entity resolution → the form's named query → answer with evidence.
// Deterministic and local; never answers what the graph does not hold. No HTTP here.
import type { AskEntity, AskEvidence, AskResponse, GraphNode, GraphPayload, GraphRelationship } from '../contract.ts';
import type { Database } from '../db/driver.ts';
import { loadQuery } from '../db/queryFiles.ts';
import { AppError } from '../errors.ts';
import { memoPerDatabase } from '../db/memo.ts';
import { FORMS, formById, type AskForm } from './forms/index.ts';
import { captionOf, listNames } from './forms/phrasing.ts';
import type { AskRow } from './forms/types.ts';
import type { Slot } from './language/frame.ts';
import { EntityIndex, type CatalogEntry } from './language/linking.ts';
import { buildFrame } from './language/frame.ts';
import { readCatalog, readGraphFacts, readGraphFingerprint, readMetrics, runFormQuery, runPlanQuery } from './repository.ts';
import { ruleBasedTranslator, type QuestionTranslator, type Reading } from './translator.ts';
import { answerPlan, type PlanRow } from './plan/answer.ts';
import { compilePlan } from './plan/compile.ts';
import { readPlan, type PlanReading } from './plan/reader.ts';
import { describePlan, type Plan } from './plan/types.ts';
import { buildVocabulary, type GraphVocabulary } from './plan/vocabulary.ts';
import { captionRules, schemaTokens } from '../schema/service.ts';
import { withCaptions } from '../schema/captions.ts';
import { stemOf } from './plan/words.ts';

export const MAX_QUESTION_LENGTH = 300;
const MAX_SUGGESTIONS = 16;
const CANDIDATES_LISTED = 8;

// Both read the whole graph of entities: past their 5 s they reload only when the counts changed (or after a minute).
const entityIndexOf = memoPerDatabase(async (db) => new EntityIndex(await readCatalog(db, await captionRules(db))), { fingerprint: readGraphFingerprint });
const graphFactsOf = memoPerDatabase(readGraphFacts, { fingerprint: readGraphFingerprint });
/** The graph's labels and types as words, and the tokens a compiled plan may name. */
const vocabularyOf = memoPerDatabase(
  async (db) => {
    const tokens = await schemaTokens(db);
    const vocabulary = buildVocabulary(tokens, await readMetrics(db, tokens.propertyKeys));
    return { vocabulary, known: { labels: new Set(tokens.labels), types: new Set(tokens.types) } };
  },
  { fingerprint: readGraphFingerprint },
);

export interface AskOptions {
  translator?: QuestionTranslator;
}

/** The one check on a question, shared by the route and the command line. */
export function checkQuestion(question: unknown): string {
  const text = typeof question === 'string' ? question.trim() : '';
  if (!text) throw new AppError('VALIDATION_FAILED', 'The question is empty: ask something, for example "who owns Youku?".');
  if (text.length > MAX_QUESTION_LENGTH) {
    throw new AppError('VALIDATION_FAILED', `The question is ${text.length} characters long; at most ${MAX_QUESTION_LENGTH} are accepted.`);
  }
  return text;
}

export async function ask(db: Database, question: string, options: AskOptions = {}): Promise<AskResponse> {
  const text = checkQuestion(question);
  const [index, graph] = await Promise.all([entityIndexOf(db), vocabularyOf(db)]);
  const planned = options.translator ? undefined : readPlan(text, index, graph.vocabulary);
  if (planned && 'ambiguous' in planned) {
    const { text: words, start, end, candidates } = planned.ambiguous;
    const resolution = resolve(text, { index: 0, text: words, start, end, candidates, match: 'exact', nameLike: true }, index);
    if ('response' in resolution) return resolution.response;
  }
  const plan = planned && 'reading' in planned ? planned.reading : undefined;
  // A composed plan that uses every word needs no form reading: one pass over the words, one query.
  if (plan && plan.unused.length === 0 && !isSimple(plan.plan) && !(plan.plan.kind === 'list' && plan.plan.set.kind === 'entity')) {
    return answerPlanned(db, plan, graph.known);
  }
  const { readings } = await (options.translator ?? ruleBasedTranslator).translate(text, index);
  const first = readings[0];
  const formUnused = first && !options.translator ? unusedByForm(text, index, first, graph.vocabulary) : [];
  if (plan && (first ? prefersPlan(plan, first, formUnused) : !(plan.plan.kind === 'list' && plan.plan.set.kind === 'entity'))) {
    return answerPlanned(db, plan, graph.known);
  }
  if (!first) return notUnderstood(db);
  const firstAnswer = await answerReading(db, text, index, first, formUnused);
  if (firstAnswer.known || !firstAnswer.cypher) return firstAnswer;
  // The form found nothing: the plan, read in the graph's own words, may ("who follows X" on a FOLLOWS graph).
  if (plan && plan.unused.length <= formUnused.length && !(plan.plan.kind === 'list' && plan.plan.set.kind === 'entity')) {
    const planned = await answerPlanned(db, plan, graph.known);
    if (planned.known) return planned;
  }
  // The surest reading found no fact: another relation reading of the same name may ("what apps does ByteDance run").
  for (const reading of readings.slice(1)) {
    if (!FALLBACK_FORMS.has(reading.form) || reading.subject !== first.subject) continue;
    const answer = await answerReading(db, text, index, reading, formUnused);
    if (answer.known) return answer;
  }
  return firstAnswer;
}

/**
 * The plan answers unless it is one relation from one name that a question form reads as well (the forms word
 * those answers best) and the form leaves no more of the question unused. Yes/no questions always go to the plan:
 * it can say "No" with the fact that says so.
 */
function prefersPlan(plan: PlanReading, form: Reading, formUnused: string[]): boolean {
  // "when did …": the words left are tried against the answer's own text; no form answers "when" of a fact.
  if (plan.plan.kind === 'when' || plan.plan.kind === 'compare') return true;
  if (plan.unused.length < formUnused.length) return true;
  if (plan.unused.length > formUnused.length) return false;
  const p = plan.plan;
  // A name alone ("Douyin?", "who is Zhang Yong?") is the "what we know" form's.
  if (p.kind === 'list' && p.set.kind === 'entity') return false;
  if (!isSimple(p)) return true;
  return form.form === 'about' || form.form === 'connection';
}

/** One relation from one name: what a question form reads as well. */
function isSimple(plan: Plan): boolean {
  return plan.kind === 'list' && plan.set.kind === 'step' && plan.set.from.kind === 'entity' && plan.set.types.length === 1;
}

/** The parts of the question a form's reading leaves out: names and words besides its subject and object. */
function unusedByForm(text: string, index: EntityIndex, reading: Reading, vocabulary: GraphVocabulary): string[] {
  const frame = buildFrame(text, index);
  // The figures form filters by metric words ("new active buyers") and reads the verbs of reporting ("add").
  const figureWord = (word: string) => vocabulary.metricStems.has(stemOf(word)) || vocabulary.relations.some((rel) => /REPORT|MEASURE/.test(rel.type) && rel.verbs.has(stemOf(word)));
  const usedSpans = [reading.subject, reading.object].filter((slot): slot is Slot => Boolean(slot)).map((slot) => slot.start);
  return frame.slots
    .filter((slot) => !usedSpans.includes(slot.start))
    .filter((slot) => !(reading.form === 'figures' && (/^(19|20)\d\d$/.test(slot.text) || slot.text.split(/\s+/).every(figureWord))))
    .map((slot) => slot.text);
}

async function answerPlanned(db: Database, reading: PlanReading, known: { labels: ReadonlySet<string>; types: ReadonlySet<string> }): Promise<AskResponse> {
  const { cypher, params } = compilePlan(reading.plan, known);
  const rows = await runPlanQuery(db, cypher, params);
  const rules = await captionRules(db);
  withCaptions(rows.flatMap((row) => [...(row.answer ? [row.answer] : []), ...row.paths.flatMap((path) => path.nodes)]), rules);
  const result = answerPlan(reading.plan, rows);
  const unused = reading.plan.kind === 'when' ? stillUnused(reading.unused, result.entities) : reading.unused;
  const understood = describePlan(reading.plan);
  const subgraph = planSubgraph(result.rows);
  const shown = result.known || result.verdict === 'no';
  return {
    answer: withAccounting(result.sentence, understood, unused),
    known: result.known,
    entities: result.entities.map(toAskEntity),
    cypher,
    params,
    evidence: shown ? evidenceOf(subgraph.relationships) : [],
    subgraph: shown ? subgraph : { nodes: [], relationships: [] },
    suggestions: result.entities.slice(0, 1).map((node) => `What do we know about ${captionOf(node)}?`),
    understood,
    complete: unused.length === 0,
    unused,
    ...(result.verdict ? { verdict: result.verdict } : {}),
    ...(result.value !== undefined ? { value: result.value } : {}),
  };
}

/** "I understood …; I could not use …" before an answer to less than the whole question. */
function withAccounting(sentence: string, understood: string, unused: readonly string[]): string {
  if (!unused.length) return sentence;
  return `I understood “${understood}”; I could not use ${unused.map((part) => `“${part}”`).join(', ')}. ${sentence}`;
}

/** Words of a "when" question that the answer's own name or description holds are accounted for. */
function stillUnused(unused: readonly string[], answers: readonly GraphNode[]): string[] {
  const text = answers
    .map((node) => [node.properties.name, node.properties.title, node.properties.description, ...(Array.isArray(node.properties.aliases) ? node.properties.aliases : [])].filter((v) => typeof v === 'string').join(' '))
    .join(' ')
    .toLowerCase();
  return unused.filter((part) => !part.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3).every((word) => text.includes(stemOf(word))));
}

function planSubgraph(rows: readonly PlanRow[]): GraphPayload {
  return subgraphOf(rows.flatMap((row): AskRow[] => (row.paths.length ? row.paths.map((path) => ({ answer: row.answer, path })) : [{ answer: row.answer, path: null }])));
}

export type { Plan };

/** Forms another reading may fall back to: relations only, never the catch-all "what we know" or a connection. */
const FALLBACK_FORMS = new Set<string>(FORMS.filter((form) => form.object === 'check').map((form) => form.id));

async function answerReading(db: Database, text: string, index: EntityIndex, reading: Reading, unused: string[] = []): Promise<AskResponse> {
  const form = formById(reading.form);
  if (!reading.subject) return noEntityNamed(db, form);

  const subject = resolve(text, reading.subject, index);
  if ('response' in subject) return subject.response;
  let object: CatalogEntry | undefined;
  if (reading.object) {
    const resolved = resolve(text, reading.object, index);
    if ('response' in resolved) return resolved.response;
    object = resolved.entry;
  }
  if (form.object === 'endpoint' && object?.id === subject.entry.id) {
    return emptyAnswer(`“${reading.subject.text}” and “${reading.object!.text}” both name ${subject.entry.name}: ask about two different entities.`);
  }
  if (form.object !== 'endpoint' && object?.id === subject.entry.id) object = undefined;

  const params = form.params(subject.entry, object, reading.options);
  const rows = await runFormQuery(db, form.query, params);
  withCaptions(rows.flatMap((row) => [...(row.answer ? [row.answer] : []), ...(row.path?.nodes ?? [])]), await captionRules(db));
  const kept = form.object === 'check' && object ? rows.filter((row) => row.answer?.id === object.id) : rows;
  const result = form.answer({ subject: subject.entry, object, rows: kept, options: reading.options });
  const subgraph = subgraphOf(kept);
  const understood = `${form.description}: ${[subject.entry.name, object?.name].filter(Boolean).join(', ')}`;
  return {
    answer: withAccounting(result.sentence, understood, unused),
    understood,
    complete: unused.length === 0,
    unused,
    known: result.known,
    entities: result.known ? result.entities.map(toAskEntity) : [],
    cypher: loadQuery(form.query),
    params,
    evidence: result.known ? evidenceOf(subgraph.relationships) : [],
    subgraph: result.known ? subgraph : { nodes: [], relationships: [] },
    suggestions: followUps(form, subject.entry, result.known ? result.entities : []),
  };
}

/** The question forms with an example each from the current graph, for a question nobody understood. */
export async function describeForms(db: Database): Promise<{ id: string; description: string; examples: string[] }[]> {
  const facts = await graphFactsOf(db);
  return FORMS.map((form) => ({ id: form.id, description: form.description, examples: form.examples(facts) }));
}

type Resolution = { entry: CatalogEntry } | { response: AskResponse };

function resolve(question: string, slot: Slot, index: EntityIndex): Resolution {
  if (slot.candidates.length === 1) return { entry: slot.candidates[0]! };
  if (slot.candidates.length === 0) {
    const closest = index.closest(slot.text, 3);
    const hint = closest.length ? ` The closest names are ${listNames(closest.map((entry) => entry.name))}.` : ' The graph has no named entities.';
    return {
      response: emptyAnswer(`There is no entity called “${slot.text}” in the graph.${hint}`, closest.map((entry) => replaceSlot(question, slot, entry.name))),
    };
  }
  const listed = slot.candidates.slice(0, CANDIDATES_LISTED);
  const more = slot.candidates.length > listed.length ? ` and ${slot.candidates.length - listed.length} more` : '';
  const names = listed.map((entry) => `${entry.name} (${[kindOf(entry), entry.detail].filter(Boolean).join(', ')})`);
  return {
    response: emptyAnswer(
      `“${slot.text}” could mean several entities: ${listNames(names)}${more}. Which one do you mean?`,
      listed.map((entry) => replaceSlot(question, slot, entry.name)),
    ),
  };
}

function kindOf(entry: CatalogEntry): string {
  return entry.labels.filter((label) => label !== 'Entity').join(', ') || 'node';
}

/** The question again with the slot's words replaced by a name. */
function replaceSlot(question: string, slot: Slot, name: string): string {
  if (question.slice(slot.start, slot.end) === slot.text) return question.slice(0, slot.start) + name + question.slice(slot.end);
  const at = question.indexOf(slot.text);
  return at >= 0 ? question.slice(0, at) + name + question.slice(at + slot.text.length) : question;
}

async function notUnderstood(db: Database): Promise<AskResponse> {
  const forms = await describeForms(db);
  const understood = forms.filter((form) => form.examples.length > 0);
  const topics = understood.map((form) => form.description);
  const answer = topics.length
    ? `I did not understand the question. On this graph I can answer: ${topics.join('; ')}. Try one of the suggestions.`
    : 'I did not understand the question, and the graph holds nothing to build examples from.';
  return emptyAnswer(answer, examplesOf(understood));
}

async function noEntityNamed(db: Database, form: AskForm): Promise<AskResponse> {
  const facts = await graphFactsOf(db);
  const examples = form.examples(facts);
  return emptyAnswer(`The question asks ${form.description}, but names no entity I could find in the graph.`, examples.length ? examples : examplesOf(await describeForms(db)));
}

function examplesOf(forms: { examples: string[] }[]): string[] {
  const first = forms.flatMap((form) => form.examples.slice(0, 1));
  const rest = forms.flatMap((form) => form.examples.slice(1));
  return [...first, ...rest].slice(0, MAX_SUGGESTIONS);
}

function emptyAnswer(answer: string, suggestions: string[] = []): AskResponse {
  return { answer, known: false, entities: [], cypher: '', params: {}, evidence: [], subgraph: { nodes: [], relationships: [] }, suggestions, understood: '', complete: false, unused: [] };
}

function followUps(form: AskForm, subject: CatalogEntry, entities: GraphNode[]): string[] {
  const out: string[] = [];
  const first = entities.find((node) => node.id !== subject.id && !node.labels.includes('Figure'));
  if (first) out.push(`What do we know about ${captionOf(first)}?`);
  if (form.id !== 'about') out.push(`What do we know about ${subject.name}?`);
  return out;
}

export function toAskEntity(node: GraphNode): AskEntity {
  const key = node.properties.key;
  const aliases = node.properties.aliases;
  return {
    key: typeof key === 'string' ? key : node.id,
    name: captionOf(node),
    labels: node.labels,
    aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [],
  };
}

function subgraphOf(rows: readonly AskRow[]): GraphPayload {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const row of rows) {
    for (const node of row.path?.nodes ?? []) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const relationship of row.path?.relationships ?? []) if (!relationships.has(relationship.id)) relationships.set(relationship.id, relationship);
    if (row.answer && !nodes.has(row.answer.id)) nodes.set(row.answer.id, row.answer);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** The article's words behind each relationship of the answer, once per quote. */
function evidenceOf(relationships: readonly GraphRelationship[]): AskEvidence[] {
  const seen = new Set<string>();
  const out: AskEvidence[] = [];
  for (const relationship of relationships) {
    const { evidence_quote: quote, evidence_document: document, evidence_sentence: sentence } = relationship.properties;
    if (typeof quote !== 'string' || typeof document !== 'string' || typeof sentence !== 'number') continue;
    const id = `${document}#${sentence}#${quote}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ quote, document, sentence });
  }
  return out;
}

