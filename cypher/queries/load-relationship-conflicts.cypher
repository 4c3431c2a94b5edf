// Loader, before writing: existing relationships that hold the values a file's relationship would set under a
// uniqueness constraint, other than the one it merges onto (same ends, type and key). Read only.
// Placeholders (filled by server/loader/cypherNames.ts): __TYPE__ the type, __START_LABEL__ / __END_LABEL__ the
//   key labels of the ends, __CONDITION__ "m.`p1` = row.values[0] AND …" over validated property names
// Params: $rows (list of {index, start, end, key}), $limit (integer)
// Columns: index (integer: the row's relationship in the file), start (any), end (any)
UNWIND $rows AS row
MATCH (a)-[m:__TYPE__]->(b)
WHERE __CONDITION__
  AND NOT (a:__START_LABEL__ AND a.key = row.start AND b:__END_LABEL__ AND b.key = row.end AND (row.key IS NULL OR m.key = row.key))
RETURN row.index AS index, a.key AS start, b.key AS end
LIMIT $limit
