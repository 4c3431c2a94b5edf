// Symmetric relations, stored once per pair and read in both directions: competitors and partners.
import { COMPETITION, PARTNERSHIP } from '../language/concepts.ts';
import { relationAnswer } from './phrasing.ts';
import { subjectAndObject } from './slots.ts';
import type { AskForm } from './types.ts';

export const competitorsForm: AskForm = {
  id: 'competitors',
  description: 'who competes with an entity (its rivals)',
  object: 'check',
  query: 'ask-competitors',
  parse: (frame) => (frame.has(COMPETITION) ? { score: 3, ...subjectAndObject(frame) } : undefined),
  examples: (facts) => {
    const pair = facts.pairs.COMPETES_WITH;
    return pair ? [`Who competes with ${pair.end}?`, `${pair.start}'s rivals`] : [];
  },
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} competes with ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${subject} competes with ${object}` : `it records no competitor of ${subject}`),
  ),
};

export const partnersForm: AskForm = {
  id: 'partners',
  description: 'who partners with an entity',
  object: 'check',
  query: 'ask-partners',
  parse: (frame) => (frame.has(PARTNERSHIP) ? { score: 3, ...subjectAndObject(frame) } : undefined),
  examples: (facts) => (facts.pairs.PARTNERS_WITH ? [`Who are ${facts.pairs.PARTNERS_WITH.start}'s partners?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} partners with ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${subject} partners with ${object}` : `it records no partner of ${subject}`),
  ),
};
