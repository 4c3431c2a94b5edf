// Ask "who succeeded X?": SUCCEEDED goes successor → predecessor, so the answer is at the start.
// Params: $id (string: elementId of X)
// Columns: answer (node: a successor), path (path successor → X)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (answer)-[:SUCCEEDED]->(x)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
