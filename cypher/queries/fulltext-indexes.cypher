// The node full-text indexes that are online, with what they cover (search uses them where they cover a label).
// Params: none
// Columns: name (string), labels (list of strings), properties (list of strings)
SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, state
WHERE entityType = 'NODE' AND state = 'ONLINE'
RETURN name, labelsOrTypes AS labels, properties
ORDER BY name
