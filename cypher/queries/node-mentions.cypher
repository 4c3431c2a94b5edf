// The sentences of the article that mention a node (evidence scaffolding of the seed graph).
// Params: $id (string: elementId), $limit (integer)
// Columns: document (string), index (integer), start (integer), end (integer), text (string)
MATCH (n)-[:MENTIONED_IN]->(s)
WHERE elementId(n) = $id
RETURN s.document AS document, s.index AS index, s.start AS start, s.end AS end, s.text AS text
ORDER BY document, index
LIMIT $limit
