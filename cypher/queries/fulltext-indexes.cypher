// The node full-text indexes, with what they cover and their state (search uses the online ones where they cover
// a label; `npm run index` creates the missing ones).
// Params: none
// Columns: name (string), labels (list of strings), properties (list of strings), state (string)
SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, state
WHERE entityType = 'NODE'
RETURN name, labelsOrTypes AS labels, properties, state
ORDER BY name
