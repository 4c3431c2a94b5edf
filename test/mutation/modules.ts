// The modules `npm run mutate` mutates when no file is named: where a silent bug costs most (the console's safety
// layers, value conversion, the loader's checks, Ask's linking, the URL state, graph delta and placement).
export const modules: readonly string[] = [
  'server/console/lexer.ts',
  'server/console/textRules.ts',
  'server/console/planRules.ts',
  'server/console/statement.ts',
  'server/db/convert.ts',
  'server/loader/read.ts',
  'server/loader/validate.ts',
  'server/loader/format.ts',
  'server/ask/language/linking.ts',
  'server/text/distance.ts',
  'client/state/urlState.ts',
  'client/graph/delta.ts',
  'client/graph/placement.ts',
];
