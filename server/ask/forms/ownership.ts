// Ownership: who owns X ("X's parent company", "X belongs to", "whose is X"), who owns X at the top of the chain,
// and what X owns ("X's subsidiaries/products"). A part (PART_OF) belongs to its whole as well.
import { OWNERSHIP, ULTIMATE } from '../language/concepts.ts';
import { readDirected } from '../language/roles.ts';
import { captionOf, distinctAnswers, listNames, noFact, pathText } from './phrasing.ts';
import { answersByType, clauses } from './slots.ts';
import type { AskForm } from './types.ts';

const idParams: AskForm['params'] = (subject) => ({ id: subject.id });

export const ownerForm: AskForm = {
  id: 'owner',
  description: 'who owns an entity (its parent company, what it belongs to)',
  object: 'check',
  query: 'ask-owner',
  parse(frame) {
    const reading = readDirected(frame, OWNERSHIP, { whoseMeansAgent: true });
    if (reading?.asked !== 'agent' || frame.has(ULTIMATE)) return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.OWNS ? [`Who owns ${facts.pairs.OWNS.end}?`, `${facts.pairs.OWNS.end} belongs to which company?`] : []),
  params: idParams,
  answer({ subject, object, rows }) {
    const entities = distinctAnswers(rows);
    if (entities.length === 0) {
      return { sentence: noFact(object ? `nothing in it says ${object.name} owns ${subject.name}` : `it records no owner of ${subject.name}`), known: false, entities: [] };
    }
    const sentence = `${subject.name} ${clauses(answersByType(rows), { OWNS: 'is owned by', PART_OF: 'is part of' })}.`;
    return { sentence: object ? `Yes. ${sentence}` : sentence, known: true, entities };
  },
};

export const ultimateOwnerForm: AskForm = {
  id: 'ultimate-owner',
  description: 'who owns an entity at the top of its chain of owners',
  object: 'check',
  query: 'ask-ultimate-owner',
  parse(frame) {
    const reading = readDirected(frame, OWNERSHIP, { whoseMeansAgent: true });
    if (reading?.asked !== 'agent' || !frame.has(ULTIMATE)) return undefined;
    return { score: reading.strength + 0.5, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.OWNS ? [`Who ultimately owns ${facts.pairs.OWNS.end}?`] : []),
  params: idParams,
  answer({ subject, object, rows }) {
    const entities = distinctAnswers(rows);
    if (entities.length === 0) {
      return { sentence: noFact(object ? `nothing in it says ${object.name} owns ${subject.name}` : `it records no owner of ${subject.name}`), known: false, entities: [] };
    }
    const chains = rows.flatMap((row) => (row.path ? [pathText(row.path.nodes, row.path.relationships)] : []));
    const sentence = `The ultimate owner of ${subject.name} is ${listNames(entities.map(captionOf))} (${chains.join('; ')}).`;
    return { sentence: object ? `Yes. ${sentence}` : sentence, known: true, entities };
  },
};

export const holdingsForm: AskForm = {
  id: 'holdings',
  description: 'what an entity owns (its subsidiaries, products and units)',
  object: 'check',
  query: 'ask-holdings',
  parse(frame) {
    const reading = readDirected(frame, OWNERSHIP);
    if (reading?.asked !== 'patient') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.OWNS ? [`What does ${facts.pairs.OWNS.start} own?`, `${facts.pairs.OWNS.start}'s subsidiaries`] : []),
  params: idParams,
  answer({ subject, object, rows }) {
    const entities = distinctAnswers(rows);
    if (entities.length === 0) {
      return { sentence: noFact(object ? `nothing in it says ${subject.name} owns ${object.name}` : `it records nothing that ${subject.name} owns`), known: false, entities: [] };
    }
    const sentence = `${subject.name} ${clauses(answersByType(rows), { OWNS: 'owns', PART_OF: 'includes' })}.`;
    return { sentence: object ? `Yes. ${sentence}` : sentence, known: true, entities };
  },
};
