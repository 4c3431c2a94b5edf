// Loader: one batch of relationships of one type between nodes of given key labels. MERGE on (start, type,
// end): one relationship of a type between two nodes; its properties are replaced by the file's.
// Placeholders (filled by server/loader/cypherNames.ts with validated, backtick-quoted names):
//   __START_LABEL__, __END_LABEL__ key labels of the two ends, e.g. `Entity`;  __TYPE__ e.g. `OWNS`
// Params: $rows (list of {start, end, properties})
// Columns: none
UNWIND $rows AS row
MATCH (a:__START_LABEL__ {key: row.start})
MATCH (b:__END_LABEL__ {key: row.end})
MERGE (a)-[r:__TYPE__]->(b)
SET r = row.properties
