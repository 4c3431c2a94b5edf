// Loader: one `key` that two nodes of a label share (a uniqueness constraint on it could not be created).
// Placeholders (filled by server/loader/cypherNames.ts): __LABEL__ the label (quoted)
// Params: none
// Columns: key (any)
MATCH (n:__LABEL__)
WHERE n.key IS NOT NULL
WITH n.key AS key, count(*) AS nodes
WHERE nodes > 1
RETURN key
LIMIT 1
