// Every word of the question accounted for: the items a plan uses are said back as understood, the runs of items
// it does not use (besides fillers, function words and context words alone) as "I could not use …".
import { lemmatize } from '../language/lexicon.ts';
import { CONTEXT, FUNCTION } from './functionWords.ts';
import type { Item } from './items.ts';
import type { Plan } from './types.ts';

export interface PlanReading {
  plan: Plan;
  /** Parts of the question the plan does not use, as typed. */
  unused: string[];
  /** Parts it does use, as typed, in order. */
  understood: string[];
  /** Word stems an 'about' set tries against its answers' text. */
  aboutWords: string[];
}

/** The plan with the question's parts it uses and leaves unused (`used`: the items' indexes the plan uses). */
export function accountFor(items: readonly Item[], used: ReadonlySet<number>, plan: Plan, question: string, aboutWords: string[]): PlanReading {
  const unused: string[] = [];
  const understood: string[] = [];
  let run: Item[] = [];
  const flush = () => {
    if (!run.length) return;
    // A run of context words alone frames the question; with a content word it is said back whole.
    const meaningful = run.some((item) => item.k === 'x' && !CONTEXT.has(lemmatize(item.text.toLowerCase())) ? true : item.k !== 'x' && item.k !== 'w');
    if (meaningful) unused.push(question.slice(run[0]!.start, run.at(-1)!.end));
    run = [];
  };
  items.forEach((item, i) => {
    const spare = !used.has(i) && !(item.k === 'w' && (item.w === 'filler' || FUNCTION.has(item.w)));
    if (spare) run.push(item);
    else {
      if (used.has(i) && item.k !== 'w') understood.push(item.text);
      if (!(item.k === 'w' && run.length && ['of', 'in', 'for', 'on', 'at'].includes(item.w))) flush();
    }
  });
  flush();
  return { plan, unused, understood, aboutWords };
}
