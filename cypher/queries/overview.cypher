// Overview: the best-connected nodes and the relationships among them; the page opens on this.
// Params: $limit (integer: how many nodes at most)
// Columns: nodes (list of nodes), relationships (list of relationships between those nodes)
MATCH (n)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, elementId(n)
LIMIT $limit
WITH collect(n) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN nodes, collect(r) AS relationships
