// Search by substring, case-insensitive, over the Entity nodes of a knowledge graph (the focus of the seed graph):
// the same ranking as search-contains, but it starts from the Entity label's scan instead of every node, so the
// evidence sentences (which may outnumber entities 50 to 1) are never read.
// Params: $needle (string, lower case), $keys (list of property keys to look in), $limit (integer)
// Columns: node (node), rank (integer: 0 exact, 1 prefix, 2 contained)
MATCH (n:Entity)
WITH n, [k IN $keys WHERE n[k] IS NOT NULL |
  CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN [v IN n[k] | toLower(toString(v))] ELSE [toLower(toString(n[k]))] END] AS valueLists
WITH n, reduce(all = [], values IN valueLists | all + values) AS values
WITH n, [v IN values WHERE v CONTAINS $needle] AS hits
WHERE size(hits) > 0
WITH n, CASE WHEN any(v IN hits WHERE v = $needle) THEN 0 WHEN any(v IN hits WHERE v STARTS WITH $needle) THEN 1 ELSE 2 END AS rank
RETURN n AS node, rank
ORDER BY rank, COUNT { (n)--() } DESC, elementId(n)
LIMIT $limit
