// The modules `npm run mutate` mutates when no file is named — where a silent bug costs most (the console's
// safety layers and limits, value conversion, the loader's checks, Ask's linking and question planner, the URL
// state, graph delta and
// placement) — each with the unit test files that own it. Only those files run against its mutants: a module's
// mutants must be killed by its own tests (a console layer by the tests of that layer alone), and the run stays
// short. A file not listed here is mutated against every unit test.
/** The planner's reading tests: a question → its exact plan, what is said back and what is understood. */
const READING_TESTS = [
  'test/unit/ask-plan.test.ts',
  'test/unit/ask-plan-reading.test.ts',
  'test/unit/ask-plan-reading-time.test.ts',
  'test/unit/ask-plan-reading-graphs.test.ts',
  'test/unit/ask-plan-reading-phrases.test.ts',
  'test/unit/ask-plan-reading-forms.test.ts',
  'test/unit/ask-plan-negation.test.ts',
  'test/unit/ask-plan-reading-questions.test.ts',
  'test/unit/ask-plan-reading-words.test.ts',
  'test/unit/ask-plan-reading-sets.test.ts',
];

export const modules: Readonly<Record<string, readonly string[]>> = {
  'server/console/lexer.ts': ['test/unit/console-lexer.test.ts', 'test/unit/console-lexer-tokens.test.ts'],
  'server/console/textRules.ts': ['test/unit/console-text-rules.test.ts', 'test/unit/console-text-rules-words.test.ts', 'test/unit/console-text-rules-edges.test.ts'],
  'server/console/planRules.ts': ['test/unit/console-plan-rules.test.ts', 'test/unit/console-approved-plans.test.ts'],
  'server/console/statement.ts': ['test/unit/console-statement.test.ts', 'test/unit/console-statement-prefix.test.ts'],
  'server/console/complexity.ts': ['test/unit/console-complexity.test.ts', 'test/unit/console-complexity-bounds.test.ts'],
  'server/console/budget.ts': ['test/unit/console-budget.test.ts', 'test/unit/console-budget-costs.test.ts'],
  'server/db/convert.ts': ['test/unit/db-convert.test.ts', 'test/unit/db-convert-virtual.test.ts'],
  'server/loader/read.ts': ['test/unit/loader-read.test.ts', 'test/unit/loader-validate.test.ts', 'test/unit/loader-rules.test.ts', 'test/unit/loader-csv.test.ts'],
  'server/loader/validate.ts': ['test/unit/loader-rules.test.ts', 'test/unit/loader-validate.test.ts', 'test/unit/loader-validate-messages.test.ts'],
  'server/loader/format.ts': ['test/unit/loader-format.test.ts', 'test/unit/loader-rules.test.ts', 'test/unit/loader-validate.test.ts'],
  'server/ask/language/linking.ts': ['test/unit/ask-linking.test.ts', 'test/unit/ask-linking-bounds.test.ts', 'test/unit/ask-linking-exact.test.ts', 'test/unit/ask-linking-edges.test.ts', 'test/unit/ask-linking-mixed.test.ts'],
  // Ask's question planner: question → plan (the reader's modules), plan → Cypher, rows → answer, and the
  // words, times and graph vocabulary it reads with. Only the planner's own unit tests run against its mutants.
  'server/ask/plan/reader.ts': READING_TESTS,
  'server/ask/plan/accounting.ts': READING_TESTS,
  'server/ask/plan/classify.ts': READING_TESTS,
  'server/ask/plan/cursor.ts': READING_TESTS,
  'server/ask/plan/nounPhrases.ts': READING_TESTS,
  'server/ask/plan/clauses.ts': READING_TESTS,
  'server/ask/plan/questionForms.ts': READING_TESTS,
  'server/ask/plan/questionReader.ts': READING_TESTS,
  'server/ask/plan/setBuilders.ts': READING_TESTS,
  'server/ask/plan/items.ts': READING_TESTS,
  'server/ask/plan/functionWords.ts': READING_TESTS,
  'server/ask/plan/types.ts': [...READING_TESTS, 'test/unit/ask-plan-answer.test.ts', 'test/unit/ask-plan-describe.test.ts'],
  'server/ask/plan/compile.ts': ['test/unit/ask-plan.test.ts', 'test/unit/ask-plan-compile.test.ts', 'test/unit/ask-plan-compile-forms.test.ts', 'test/unit/ask-plan-compile-either.test.ts', 'test/unit/ask-plan-compile-nested.test.ts'],
  'server/ask/plan/answer.ts': ['test/unit/ask-plan-answer.test.ts'],
  'server/ask/plan/time.ts': [...READING_TESTS, 'test/unit/ask-plan-time.test.ts', 'test/unit/ask-plan-time-edges.test.ts', 'test/unit/ask-plan-answer.test.ts'],
  'server/ask/plan/vocabulary.ts': [...READING_TESTS, 'test/unit/ask-plan-vocabulary.test.ts', 'test/unit/ask-plan-vocabulary-types.test.ts', 'test/unit/ask-plan-stems.test.ts'],
  'server/ask/plan/words.ts': [...READING_TESTS, 'test/unit/ask-plan-vocabulary.test.ts', 'test/unit/ask-plan-vocabulary-types.test.ts', 'test/unit/ask-plan-stems.test.ts'],
  'server/text/distance.ts': ['test/unit/ask-distance-bounds.test.ts', 'test/unit/ask-linking-bounds.test.ts', 'test/unit/text-distance.test.ts'],
  'client/state/urlState.ts': ['test/unit/client-url-state.test.ts', 'test/unit/client-url-state-exact.test.ts', 'test/unit/client-url-state-read.test.ts'],
  'client/graph/delta.ts': ['test/unit/client-delta.test.ts', 'test/unit/client-undo.test.ts'],
  'client/graph/placement.ts': ['test/unit/client-placement.test.ts', 'test/unit/client-placement-gap.test.ts', 'test/unit/client-placement-exact.test.ts'],
};
