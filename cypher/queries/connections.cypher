// The relationships between some nodes and others already on the page (so an expansion also draws the links
// between what arrived and what was there).
// Params: $ids (list of elementIds: the nodes that arrived), $among (list of elementIds: every node on the page)
// Columns: relationship (relationship)
UNWIND $ids AS id
MATCH (a)-[r]-(b)
WHERE elementId(a) = id AND elementId(b) IN $among
RETURN DISTINCT r AS relationship
LIMIT 5000
