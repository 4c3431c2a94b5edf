// Whether the database holds any node or relationship (start-up seeds only a database that holds nothing).
// Params: none
// Columns: nodes (boolean), relationships (boolean)
CALL () { OPTIONAL MATCH (n) WITH n LIMIT 1 RETURN n IS NOT NULL AS nodes }
CALL () { OPTIONAL MATCH ()-[r]->() WITH r LIMIT 1 RETURN r IS NOT NULL AS relationships }
RETURN nodes, relationships
