// Which Neo4j answers: used by GET /api/health.
// Params: none
// Columns: version (string), edition (string), database (string: the database this session runs against)
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
WITH versions[0] AS version, edition
CALL db.info() YIELD name AS database
RETURN version, edition, database
