// Figures reported for an entity (revenue, growth, buyers, targets), with units and periods; the question may
// name the metric ("Alibaba's revenue") or a year ("in 2019"), and only those figures are shown.
import { FIGURES, METRIC_HINTS } from '../language/concepts.ts';
import type { Frame } from '../language/frame.ts';
import { captionOf, distinctAnswers, figureText, noFact } from './phrasing.ts';
import { subjectAndObject } from './slots.ts';
import type { AskForm, FormOptions } from './types.ts';

/** Most specific first: "GMV target" is about the target, "revenue growth" about growth. */
const METRIC_ORDER = ['gmv', 'target', 'buyers', 'growth', 'share', 'revenue'] as const;
/** The word a figure's `metric` must contain; growth and share are read from change_pct / share_pct instead. */
const METRIC_WORD: Record<(typeof METRIC_ORDER)[number], string> = { gmv: 'gmv', target: 'target', buyers: 'buyer', growth: 'growth', share: 'share', revenue: 'revenue' };

export function readFigureOptions(frame: Frame): FormOptions {
  const metric = METRIC_ORDER.find((hint) => frame.has(METRIC_HINTS[hint] ?? []));
  const year = frame.slots.map((slot) => slot.text).find((text) => /^(19|20)\d\d$/.test(text));
  return { metric: metric ? METRIC_WORD[metric] : null, period: year ?? null };
}

export const figuresForm: AskForm = {
  id: 'figures',
  description: 'figures reported for an entity (revenue, growth, buyers, targets)',
  object: 'none',
  query: 'ask-figures',
  parse(frame) {
    if (!frame.has(FIGURES)) return undefined;
    const { subject } = subjectAndObject(frame);
    return { score: 2, subject, options: readFigureOptions(frame) };
  },
  examples: (facts) => (facts.pairs.REPORTED ? [`What figures did ${facts.pairs.REPORTED.start} report?`, `What is ${facts.pairs.REPORTED.start}'s revenue?`] : []),
  params: (subject, _object, options) => ({ id: subject.id, metric: options.metric ?? null, period: options.period ?? null }),
  answer({ subject, rows, options }) {
    const figures = distinctAnswers(rows);
    if (figures.length === 0) {
      const what = options.metric ? `${options.metric} figure` : 'figure';
      return { sentence: noFact(`it records no ${what} for ${subject.name}${options.period ? ` in ${options.period}` : ''}`), known: false, entities: [] };
    }
    const reporters = new Map<string, string>();
    for (const row of rows) {
      const reporter = row.path?.nodes[0];
      if (row.answer && reporter && row.path?.relationships[0]?.type === 'REPORTED' && reporter.id !== row.answer.id) reporters.set(row.answer.id, captionOf(reporter));
    }
    const items = figures.map((figure) => {
      const by = reporters.get(figure.id);
      return by && by !== subject.name ? `${figureText(figure)}, reported by ${by}` : figureText(figure);
    });
    return { sentence: `Figures for ${subject.name}: ${items.join('; ')}.`, known: true, entities: figures };
  },
};
