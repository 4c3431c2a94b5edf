// How many nodes the database holds (answered from Neo4j's count store).
// Params: none
// Columns: total (integer)
MATCH (n)
RETURN count(n) AS total
