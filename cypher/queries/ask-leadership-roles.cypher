// Ask "what does X lead?": what a person leads now (LEADS) or led before (LED).
// Params: $id (string: elementId of X)
// Columns: answer (node: an organisation), path (path X → organisation)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[r:LEADS|LED]->(answer)
RETURN answer, path
ORDER BY type(r) DESC, coalesce(answer.name, answer.title), elementId(answer)
