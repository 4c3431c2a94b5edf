// Ask "whom does X bring traffic to?": TRAFFIC_SOURCE_FOR goes source → beneficiary.
// Params: $id (string: elementId of X)
// Columns: answer (node: a beneficiary), path (path X → beneficiary)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[:TRAFFIC_SOURCE_FOR]->(answer)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
