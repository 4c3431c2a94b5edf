// Loader: the uniqueness constraint on `key` for a label that a graph file MERGEs nodes on (no-op if present).
// Placeholders (filled by server/loader/cypherNames.ts): __NAME__ constraint name, __LABEL__ the label (quoted)
// Params: none
// Columns: none
CREATE CONSTRAINT __NAME__ IF NOT EXISTS FOR (n:__LABEL__) REQUIRE n.key IS UNIQUE
