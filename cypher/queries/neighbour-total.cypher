// How many distinct neighbours match an expansion (so the page can say "+120 more").
// Params: $id (string: elementId), $type (string or null), $direction ("out" | "in" | "both"), $focus (string or null)
// Columns: total (integer)
MATCH (n)-[r]-(m)
WHERE elementId(n) = $id
  AND ($type IS NULL OR type(r) = $type)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
  AND ($focus IS NULL OR $focus IN labels(m))
RETURN count(DISTINCT m) AS total
