// A node's relationships to nodes in focus, with the node at the other end (for the Details panel).
// Params: $id (string: elementId), $focus (string or null: a label), $limit (integer)
// Columns: relationship (relationship), other (node)
MATCH (n)-[r]-(m)
WHERE elementId(n) = $id AND ($focus IS NULL OR $focus IN labels(m))
RETURN r AS relationship, m AS other
ORDER BY type(r), elementId(m), elementId(r)
LIMIT $limit
