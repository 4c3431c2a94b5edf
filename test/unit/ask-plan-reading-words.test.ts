// Ask's planner, the small words it reads as more than words: the context words a question can be framed with
// ("in the e-commerce market": never said back as unused), and the tense words ("the former leader", "the past
// leader": the relation in the past, LED before LEADS).
import { describe, expect, it } from 'vitest';
import { and, ent, label, list, read, step } from '../helpers/filmGraph.ts';

describe('context words frame a question and are not said back', () => {
  const moviesOfTom = list(and(label('Movie', 'movies'), step(ent('tom'), ['ACTED_IN'], 'out', 'acted in', 'patient')));
  it.each(['ecommerce', 'market', 'arena', 'field', 'sector', 'industry', 'space', 'player', 'graph', 'data', 'article'])('which movies in the %s did Tom Hanks act in?', (word) => {
    expect(read(`which movies in the ${word} did Tom Hanks act in?`)).toEqual({ plan: moviesOfTom, unused: [], understood: ['movies', 'Tom Hanks', 'act'], aboutWords: [] });
  });
});

describe('tense words read the relation in the past', () => {
  const pastLeader = list(step(ent('univ'), ['LED'], 'in', 'leader', 'noun'));
  it.each(['former', 'previously', 'ex', 'earlier', 'once', 'used', 'original', 'old', 'past'])('who is the %s leader of Universal?', (word) => {
    expect(read(`who is the ${word} leader of Universal?`)).toEqual({ plan: pastLeader, unused: [], understood: ['leader', 'Universal'], aboutWords: [] });
  });
});
