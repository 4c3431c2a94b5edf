// Question → plan. The question's words are classified against the graph's vocabulary (names, label nouns,
// relation verbs and nouns, time, numbers, function words); a small grammar over them composes sets:
//   NP      := name | label | relation-noun (of|for) NP | NP 's relation-noun | NP 's label
//   clause  := [not] verb [particle] NP-list | be [not] verbed by NP | be NP | do NP [not] verb
//   question:= [how many | who | what | which] [NP] clause ((and | that | also | but) clause)*
//            | (is | does) NP … (yes/no) | when … | … more …, A or B (figures compared)
// Every item the plan uses is marked; what is left is said back to the person as "I could not use …".
import type { CatalogEntry, EntityIndex } from '../language/linking.ts';
import { accountFor, type PlanReading } from './accounting.ts';
import { classify } from './classify.ts';
import type { Item } from './items.ts';
import { QuestionReader } from './questionReader.ts';
import type { GraphVocabulary } from './vocabulary.ts';

export type { PlanReading };

export type ReadResult = { reading: PlanReading } | { ambiguous: { text: string; start: number; end: number; candidates: CatalogEntry[] } } | undefined;

export function readPlan(question: string, index: EntityIndex, vocabulary: GraphVocabulary): ReadResult {
  const items = classify(question, index, vocabulary);
  if (!items.length) return undefined;
  const ambiguous = items.find((item): item is Extract<Item, { k: 'ent' }> => item.k === 'ent' && item.candidates.length > 1);
  const reader = new QuestionReader(items, vocabulary);
  const plan = reader.question();
  if (!plan) return undefined;
  if (ambiguous && reader.used.has(items.indexOf(ambiguous))) return { ambiguous };
  return { reading: accountFor(items, reader.used, plan, question, reader.aboutWords) };
}
