// Ask "what do we know about X?": X itself (first row, answer null), then every relationship it has with its
// neighbour, the evidence layer left out. Works on any database.
// Params: $id (string: elementId of X)
// Columns: answer (node: a neighbour, or null on the first row), path (path: X alone, or X – neighbour)
MATCH (x) WHERE elementId(x) = $id
CALL (x) {
  MATCH path = (x)
  RETURN null AS answer, path, 0 AS rank, '' AS type, '' AS caption
  UNION ALL
  MATCH path = (x)-[r]-(other)
  WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_SENTENCE']
  RETURN other AS answer, path, 1 AS rank, type(r) AS type, coalesce(other.name, other.title, '') AS caption
}
RETURN answer, path
ORDER BY rank, type, caption, elementId(answer)
LIMIT 300
