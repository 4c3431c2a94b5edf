// Loader: like load-relationships, for relationships that carry a `key` of their own (several of one type may
// join the same two nodes): MERGE on (start, type, key, end).
// Placeholders (filled by server/loader/cypherNames.ts with validated, backtick-quoted names):
//   __START_LABEL__, __END_LABEL__ key labels of the two ends;  __TYPE__ the relationship type
// Params: $rows (list of {start, end, key, properties: map including key})
// Columns: none
UNWIND $rows AS row
MATCH (a:__START_LABEL__ {key: row.start})
MATCH (b:__END_LABEL__ {key: row.end})
MERGE (a)-[r:__TYPE__ {key: row.key}]->(b)
SET r = row.properties
