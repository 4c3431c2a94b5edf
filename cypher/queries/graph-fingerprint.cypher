// A cheap sign that the graph changed: node and relationship counts, answered from Neo4j's count store
// (constant time at any size). Memos of costly reads (Ask's entity catalog) reload only when it changes.
// Params: none
// Columns: nodes (integer), relationships (integer)
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
