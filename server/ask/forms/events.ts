// Events involving an entity, with their dates, in date order; asked of an event, the event itself comes first.
import { EVENTS, EVENTS_WEAK } from '../language/concepts.ts';
import { captionOf, distinctAnswers, eventDate, noFact } from './phrasing.ts';
import { subjectAndObject } from './slots.ts';
import type { AskForm } from './types.ts';

export const eventsForm: AskForm = {
  id: 'events',
  description: 'events involving an entity, with their dates',
  object: 'none',
  query: 'ask-events',
  parse(frame) {
    const score = frame.has(EVENTS) ? 2 : frame.has(EVENTS_WEAK) ? 1 : 0;
    return score ? { score, ...subjectAndObject(frame), object: undefined } : undefined;
  },
  examples: (facts) => (facts.pairs.PARTICIPATED_IN ? [`What events involved ${facts.pairs.PARTICIPATED_IN.start}?`, `When did ${facts.pairs.PARTICIPATED_IN.end} happen?`] : []),
  params: (subject) => ({ id: subject.id }),
  answer({ subject, rows }) {
    const events = distinctAnswers(rows);
    if (events.length === 0) return { sentence: noFact(`it records no event involving ${subject.name}`), known: false, entities: [] };
    const items = events.map((event) => {
      const date = eventDate(event);
      return date ? `${captionOf(event)} (${date})` : captionOf(event);
    });
    const itself = events[0]?.id === subject.id;
    const lead = itself ? `${subject.name} is an event` : `Events involving ${subject.name}`;
    return { sentence: `${lead}: ${items.join('; ')}.`, known: true, entities: events };
  },
};
