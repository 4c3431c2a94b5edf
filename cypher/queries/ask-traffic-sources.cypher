// Ask "where does X get its traffic from?": TRAFFIC_SOURCE_FOR goes source → beneficiary.
// Params: $id (string: elementId of X)
// Columns: answer (node: a traffic source), path (path source → X)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (answer)-[:TRAFFIC_SOURCE_FOR]->(x)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
