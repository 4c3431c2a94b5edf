// Whether the database holds nodes that are not part of a loaded knowledge graph (Entity, Document, Sentence):
// the local database is seeded on start only when it holds nothing else.
// Params: none
// Columns: present (boolean)
OPTIONAL MATCH (n)
WHERE NOT (n:Entity OR n:Document OR n:Sentence)
WITH n LIMIT 1
RETURN n IS NOT NULL AS present
