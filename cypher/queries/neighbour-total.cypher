// How many distinct neighbours match an expansion (so the page can say "+120 more"); no row at all when no node
// has this elementId (grouping by the node makes an empty match give no row rather than a zero).
// Params: $id (string: elementId), $type (string or null), $direction ("out" | "in" | "both"), $focus (string or null)
// Columns: id (string: the node's elementId), total (integer)
MATCH (n)
WHERE elementId(n) = $id
OPTIONAL MATCH (n)-[r]-(m)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
  AND ($focus IS NULL OR $focus IN labels(m))
RETURN elementId(n) AS id, count(DISTINCT m) AS total
