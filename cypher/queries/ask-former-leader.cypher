// Ask "who led X before?": its former leaders (LED goes person → organisation).
// Params: $id (string: elementId of X)
// Columns: answer (node: a former leader), path (path leader → X)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (answer)-[:LED]->(x)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
