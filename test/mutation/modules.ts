// The modules `npm run mutate` mutates when no file is named — where a silent bug costs most (the console's
// safety layers, value conversion, the loader's checks, Ask's linking, the URL state, graph delta and
// placement) — each with the unit test files that own it. Only those files run against its mutants: a module's
// mutants must be killed by its own tests (a console layer by the tests of that layer alone), and the run stays
// short. A file not listed here is mutated against every unit test.
export const modules: Readonly<Record<string, readonly string[]>> = {
  'server/console/lexer.ts': ['test/unit/console-lexer.test.ts', 'test/unit/console-text-rules.test.ts', 'test/unit/console-statement.test.ts'],
  'server/console/textRules.ts': ['test/unit/console-text-rules.test.ts', 'test/unit/console-text-rules-words.test.ts'],
  'server/console/planRules.ts': ['test/unit/console-plan-rules.test.ts', 'test/unit/console-approved-plans.test.ts'],
  'server/console/statement.ts': ['test/unit/console-statement.test.ts'],
  'server/db/convert.ts': ['test/unit/db-convert.test.ts'],
  'server/loader/read.ts': ['test/unit/loader-read.test.ts', 'test/unit/loader-validate.test.ts', 'test/unit/loader-rules.test.ts', 'test/unit/loader-csv.test.ts'],
  'server/loader/validate.ts': ['test/unit/loader-rules.test.ts', 'test/unit/loader-validate.test.ts', 'test/unit/loader-validate-messages.test.ts'],
  'server/loader/format.ts': ['test/unit/loader-format.test.ts', 'test/unit/loader-rules.test.ts', 'test/unit/loader-validate.test.ts'],
  'server/ask/language/linking.ts': ['test/unit/ask-linking.test.ts', 'test/unit/ask-linking-bounds.test.ts', 'test/unit/ask-linking-exact.test.ts', 'test/unit/ask-linking-edges.test.ts'],
  'server/text/distance.ts': ['test/unit/ask-distance-bounds.test.ts', 'test/unit/ask-linking-bounds.test.ts', 'test/unit/text-distance.test.ts'],
  'client/state/urlState.ts': ['test/unit/client-url-state.test.ts', 'test/unit/client-url-state-exact.test.ts'],
  'client/graph/delta.ts': ['test/unit/client-delta.test.ts', 'test/unit/client-undo.test.ts'],
  'client/graph/placement.ts': ['test/unit/client-placement.test.ts', 'test/unit/client-placement-gap.test.ts', 'test/unit/client-placement-exact.test.ts'],
};
