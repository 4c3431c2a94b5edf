// Ask "who owns X?": its owners (OWNS goes owner → owned) and, for a part, the whole it is part of.
// Params: $id (string: elementId of X)
// Columns: answer (node: an owner or whole), path (path starting at the answer or at X)
MATCH (x) WHERE elementId(x) = $id
CALL (x) {
  MATCH path = (answer)-[:OWNS]->(x)
  RETURN answer, path
  UNION
  MATCH path = (x)-[:PART_OF]->(answer)
  RETURN answer, path
}
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
