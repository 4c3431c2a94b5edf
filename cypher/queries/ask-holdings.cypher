// Ask "what does X own?": what X owns (OWNS goes owner → owned) and the parts X includes (PART_OF part → whole).
// Params: $id (string: elementId of X)
// Columns: answer (node: something X owns or includes), path (path starting at X or at the part)
MATCH (x) WHERE elementId(x) = $id
CALL (x) {
  MATCH path = (x)-[:OWNS]->(answer)
  RETURN answer, path
  UNION
  MATCH path = (answer)-[:PART_OF]->(x)
  RETURN answer, path
}
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
