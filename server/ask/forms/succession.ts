// Succession: who succeeded X (SUCCEEDED goes successor → predecessor), and whom X succeeded.
import { SUCCESSION } from '../language/concepts.ts';
import { readDirected } from '../language/roles.ts';
import { relationAnswer } from './phrasing.ts';
import type { AskForm } from './types.ts';

export const successorForm: AskForm = {
  id: 'successor',
  description: 'who succeeded someone (their successor)',
  object: 'check',
  query: 'ask-successor',
  parse(frame) {
    const reading = readDirected(frame, SUCCESSION);
    if (reading?.asked !== 'agent') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.SUCCEEDED ? [`Who succeeded ${facts.pairs.SUCCEEDED.end}?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} was succeeded by ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${object} succeeded ${subject}` : `it records no successor of ${subject}`),
  ),
};

export const predecessorForm: AskForm = {
  id: 'predecessor',
  description: 'whom someone succeeded (their predecessor)',
  object: 'check',
  query: 'ask-predecessor',
  parse(frame) {
    const reading = readDirected(frame, SUCCESSION);
    if (reading?.asked !== 'patient') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.SUCCEEDED ? [`Whom did ${facts.pairs.SUCCEEDED.start} succeed?`, `Who was ${facts.pairs.SUCCEEDED.start}'s predecessor?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} succeeded ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${subject} succeeded ${object}` : `it records no one whom ${subject} succeeded`),
  ),
};
