// One page of a node's neighbours in focus, best-connected first, with the relationships that lead to them.
// Params: $id (string: elementId), $type (string or null: only this relationship type),
//         $direction ("out" | "in" | "both"), $focus (string or null: a label), $skip, $limit (integers)
// Columns: node (the expanded node), neighbour (node), relationships (list of relationships between the two)
MATCH (n)
WHERE elementId(n) = $id
MATCH (n)-[r]-(m)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
  AND ($focus IS NULL OR $focus IN labels(m))
WITH n, m, collect(r) AS relationships
ORDER BY COUNT { (m)--() } DESC, elementId(m)
SKIP $skip
LIMIT $limit
RETURN n AS node, m AS neighbour, relationships
