// Overview: the best-connected nodes in focus and the relationships among them; the page opens on this.
// Params: $limit (integer: how many nodes at most), $focus (string or null: only nodes with this label, e.g.
//         "Entity" on the seed graph so the evidence scaffolding stays out; null shows every node)
// Columns: nodes (list of nodes), relationships (list of relationships between those nodes)
MATCH (n)
WHERE $focus IS NULL OR $focus IN labels(n)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, elementId(n)
LIMIT $limit
WITH collect(n) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN nodes, collect(r) AS relationships
