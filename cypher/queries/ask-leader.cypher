// Ask "who leads X?": its current leaders (LEADS goes person → organisation).
// Params: $id (string: elementId of X)
// Columns: answer (node: a leader), path (path leader → X)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (answer)-[:LEADS]->(x)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
