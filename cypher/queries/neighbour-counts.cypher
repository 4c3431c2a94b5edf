// How many neighbours in focus a node has, per relationship type and direction (the expand menu shows them).
// Params: $id (string: elementId), $focus (string or null: a label)
// Columns: type (string), direction ("out" | "in"), count (integer: distinct neighbours)
MATCH (n)-[r]-(m)
WHERE elementId(n) = $id AND ($focus IS NULL OR $focus IN labels(m))
RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(DISTINCT m) AS count
ORDER BY type, direction
