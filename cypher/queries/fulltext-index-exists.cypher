// Whether a full-text index of this name exists and is online (search uses it for names and aliases).
// Params: $name (string: index name)
// Columns: name (string), state (string)
SHOW FULLTEXT INDEXES YIELD name, state
WHERE name = $name
RETURN name, state
