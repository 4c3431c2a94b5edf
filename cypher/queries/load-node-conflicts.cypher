// Loader, before writing: existing nodes that hold the values a file's node would set under a uniqueness
// constraint, other than the node that node merges onto (its key label and key). Read only.
// Placeholders (filled by server/loader/cypherNames.ts): __LABEL__ the constrained label, __KEY_LABEL__ the label
//   the file's nodes merge on, __CONDITION__ "m.`p1` = row.values[0] AND …" over validated property names
// Params: $rows (list of {index, key, values}), $limit (integer)
// Columns: index (integer: the row's node in the file), key (any), labels (list of string)
UNWIND $rows AS row
MATCH (m:__LABEL__)
WHERE __CONDITION__ AND NOT (m:__KEY_LABEL__ AND m.key = row.key)
RETURN row.index AS index, m.key AS key, labels(m) AS labels
LIMIT $limit
