// Loader: one batch of nodes that share the same labels. MERGE matches `key` on the first label, which has a
// uniqueness constraint; properties are replaced by the file's, so loading twice gives the same graph.
// Placeholders (filled by server/loader/cypherNames.ts with validated, backtick-quoted names):
//   __KEY_LABEL__ the first label, e.g. `Entity`;  __LABELS__ all labels, e.g. `Entity`:`Company`
// Params: $rows (list of {key, properties: map including key})
// Columns: none
UNWIND $rows AS row
MERGE (n:__KEY_LABEL__ {key: row.key})
SET n = row.properties
SET n:__LABELS__
