// Ask "whom did X succeed?": SUCCEEDED goes successor → predecessor, so the answer is at the end.
// Params: $id (string: elementId of X)
// Columns: answer (node: a predecessor), path (path X → predecessor)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[:SUCCEEDED]->(answer)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
