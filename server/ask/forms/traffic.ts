// Traffic: where an entity's traffic comes from (TRAFFIC_SOURCE_FOR goes source → beneficiary), and whom a source feeds.
import { TRAFFIC } from '../language/concepts.ts';
import { readDirected } from '../language/roles.ts';
import { relationAnswer } from './phrasing.ts';
import type { AskForm } from './types.ts';

export const trafficSourcesForm: AskForm = {
  id: 'traffic-sources',
  description: 'where an entity gets its traffic from',
  object: 'check',
  query: 'ask-traffic-sources',
  parse(frame) {
    const reading = readDirected(frame, TRAFFIC);
    if (reading?.asked !== 'agent') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.TRAFFIC_SOURCE_FOR ? [`Where does ${facts.pairs.TRAFFIC_SOURCE_FOR.end} get its traffic from?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} gets traffic from ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${object} brings traffic to ${subject}` : `it records no traffic source of ${subject}`),
  ),
};

export const trafficBeneficiariesForm: AskForm = {
  id: 'traffic-beneficiaries',
  description: 'whom an entity brings traffic to',
  object: 'check',
  query: 'ask-traffic-beneficiaries',
  parse(frame) {
    const reading = readDirected(frame, TRAFFIC);
    if (reading?.asked !== 'patient') return undefined;
    return { score: reading.strength, subject: reading.subject, object: reading.object };
  },
  examples: (facts) => (facts.pairs.TRAFFIC_SOURCE_FOR ? [`Whom does ${facts.pairs.TRAFFIC_SOURCE_FOR.start} bring traffic to?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer: relationAnswer(
    (subject, answers) => `${subject} brings traffic to ${answers}.`,
    (subject, object) => (object ? `nothing in it says ${subject} brings traffic to ${object}` : `it records nothing that ${subject} brings traffic to`),
  ),
};
