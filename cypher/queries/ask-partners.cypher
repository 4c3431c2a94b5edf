// Ask "who partners with X?": PARTNERS_WITH is symmetric, read in both directions.
// Params: $id (string: elementId of X)
// Columns: answer (node: a partner), path (path: X – partner)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[:PARTNERS_WITH]-(answer)
RETURN answer, path
ORDER BY coalesce(answer.name, answer.title), elementId(answer)
