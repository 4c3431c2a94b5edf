// All shortest paths between two nodes, ignoring direction, through nodes in focus only, up to 8 hops.
// Params: $from, $to (strings: elementIds), $focus (string or null: a label), $types (list of types or null),
//         $limit (integer: paths at most)
// Columns: path (path)
MATCH (a), (b)
WHERE elementId(a) = $from AND elementId(b) = $to
MATCH path = allShortestPaths((a)-[*..8]-(b))
WHERE all(x IN nodes(path) WHERE $focus IS NULL OR $focus IN labels(x))
  AND all(r IN relationships(path) WHERE $types IS NULL OR type(r) IN $types)
RETURN path
LIMIT $limit
