// A planner Relation (server/ask/plan/vocabulary.ts) with nothing but its type, phrase and verbs, the rest given:
// what the vocabulary tests expect a relationship type to be read as.
import type { Relation } from '../../server/ask/plan/vocabulary.ts';

export const relation = (type: string, phrase: string, verbs: string[], rest: Partial<Relation> = {}): Relation => ({
  type,
  verbs: new Set(verbs),
  verbPhrases: [],
  agentNouns: new Set(),
  agentNounPhrases: [],
  patientNouns: new Set(),
  patientNounPhrases: [],
  weakPatientNouns: new Set(),
  symmetric: false,
  activeFromEnd: false,
  past: false,
  phrase,
  ...rest,
});
