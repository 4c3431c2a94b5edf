// Loader: whether a document (the seed article) is already in the database.
// Params: $key (string: Document.key)
// Columns: present (boolean)
OPTIONAL MATCH (d:Document {key: $key})
RETURN d IS NOT NULL AS present
LIMIT 1
