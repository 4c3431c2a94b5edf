// Leadership: who leads X now (LEADS), who led X before (LED), and what a person leads or led.
import type { Frame } from '../language/frame.ts';
import { LEADERSHIP, PAST, PAST_FORMS } from '../language/concepts.ts';
import { readDirected } from '../language/roles.ts';
import { distinctAnswers, noFact, relationAnswer } from './phrasing.ts';
import { answersByType, clauses } from './slots.ts';
import type { AskForm } from './types.ts';

const PRESENT = new Set(['is', 'are', "'s", 'now', 'currently', 'today']);

/** "the former CEO", "who used to run", "who led", "was … led by" — but not "who is led by". */
export function asksAboutThePast(frame: Frame): boolean {
  if (frame.has(PAST)) return true;
  const norms = frame.items.flatMap((item) => (item.kind === 'word' ? [item.norm] : []));
  if (norms.includes('was') || norms.includes('were')) return true;
  return norms.some((norm) => PAST_FORMS.has(norm)) && !norms.some((norm) => PRESENT.has(norm));
}

export const leaderForm: AskForm = {
  id: 'leader',
  description: 'who leads an organisation now (its head, CEO, chairman)',
  object: 'check',
  query: 'ask-leader',
  parse(frame) {
    const reading = readDirected(frame, LEADERSHIP);
    if (reading?.asked !== 'agent' || asksAboutThePast(frame)) return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.LEADS ? [`Who leads ${facts.pairs.LEADS.end}?`, `Who is the CEO of ${facts.pairs.LEADS.end}?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} is led by ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${object} leads ${subject}` : `it records no current leader of ${subject}`),
  ),
};

export const formerLeaderForm: AskForm = {
  id: 'former-leader',
  description: 'who led an organisation before',
  object: 'check',
  query: 'ask-former-leader',
  parse(frame) {
    const reading = readDirected(frame, LEADERSHIP);
    if (reading?.asked !== 'agent' || !asksAboutThePast(frame)) return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.LED ? [`Who led ${facts.pairs.LED.end} before?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} was led by ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${object} led ${subject}` : `it records no former leader of ${subject}`),
  ),
};

export const leadershipRolesForm: AskForm = {
  id: 'leadership-roles',
  description: 'what a person leads or led',
  object: 'check',
  query: 'ask-leadership-roles',
  parse(frame) {
    const reading = readDirected(frame, LEADERSHIP);
    if (reading?.asked !== 'patient') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => {
    const pair = facts.pairs.LEADS ?? facts.pairs.LED;
    return pair ? [`What does ${pair.start} lead?`] : [];
  },
  params: (subject) => ({ id: subject.id }),
  answer({ subject, object, rows }) {
    const entities = distinctAnswers(rows);
    if (entities.length === 0) {
      return { sentence: noFact(object ? `nothing in it says ${subject.name} leads ${object.name}` : `it records nothing that ${subject.name} leads or led`), known: false, entities: [] };
    }
    const sentence = `${subject.name} ${clauses(answersByType(rows), { LEADS: 'leads', LED: 'led' })}.`;
    return { sentence: object ? `Yes. ${sentence}` : sentence, known: true, entities };
  },
};
