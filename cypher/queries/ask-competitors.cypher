// Ask "who competes with X?": COMPETES_WITH is stored once per pair and read in both directions.
// Params: $id (string: elementId of X)
// Columns: answer (node: a competitor), path (path: X – competitor)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[:COMPETES_WITH]-(answer)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
