// Loader: indexes that are not online yet (after creating the schema, loading waits until none is left).
// A SHOW command rather than db.awaitIndexes(), which a procedure allowlist may leave out.
// Params: none
// Columns: name (string), state (string), failure (string)
SHOW INDEXES YIELD name, state, failureMessage
WHERE state <> 'ONLINE'
RETURN name, state, failureMessage AS failure
