// The procedures Neo4j offers: the Cypher console offers those on its allowlist for completion.
// Params: none
// Columns: name (string), signature (string), description (string)
SHOW PROCEDURES YIELD name, signature, description
RETURN name, signature, description
ORDER BY name
