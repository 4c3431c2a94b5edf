// The small words the grammar reads (question words, negations, particles, joiners, comparatives, tense), as
// sets; any other stop word of a question is filler.

/** Function words the grammar reads; any other stop word is filler. */
export const FUNCTION = new Set([
  'who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'how', 'many', 'much', 'number', 'count', 'most', 'least', 'fewest', 'more',
  'less', 'fewer', 'than', 'both', 'either', 'and', 'or', 'not', 'no', 'never', 'nor', 'without', 'except', 'excluding', 'besides', 'other',
  'also', 'that', 'be', 'do', 'have', 'can', 'of', "'s", 'by', 'with', 'from', 'in', 'at', 'on', 'to', 'for', 'during', 'there', 'but',
  'still', 'now', 'currently', 'as', 'exist', 'all', 'any', 'among', 'higher', 'lower', 'bigger', 'larger', 'greater', 'smaller', 'top',
  'happen', 'occur', 'event', 'take', 'place', 'go', 'over', 'before', 'after', 'since', 'same', 'also', 'one', 'two', 'three',
  'only', 'just', 'into', 'under', 'single', 'several', 'multiple',
]);
export const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, single: 1 };
export const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'except', 'excluding', 'besides', 'nor']);
export const PARTICLES = new Set(['with', 'in', 'to', 'from', 'at', 'on', 'of', 'for', 'by', 'into', 'over', 'under', 'among']);
export const CONNECTORS = new Set(['and', 'that', 'which', 'who', 'also', 'but', 'whom']);
export const MORE = new Set(['more', 'higher', 'bigger', 'larger', 'greater']);
export const LESS = new Set(['less', 'fewer', 'lower', 'smaller']);
/** Words that only frame a question ("in the graph", "e-commerce" as context) when nothing else uses them. */
export const CONTEXT = new Set(['e', 'commerce', 'ecommerce', 'online', 'market', 'arena', 'field', 'sector', 'industry', 'space', 'player', 'business', 'graph', 'database', 'data', 'article']);
/** Words that only set the tense ("the former CEO"): read by the reader, no part of a noun phrase. */
export const TENSE_WORDS = new Set(['former', 'formerly', 'previous', 'previously', 'ex', 'earlier', 'once', 'used', 'original', 'old', 'past']);
export const AUX = new Set(['be', 'do', 'have', 'can']);

export const PARTICIPLES = new Set(['led', 'run', 'held', 'bought', 'known', 'sold', 'made', 'taken', 'done', 'written', 'won', 'paid', 'met']);
