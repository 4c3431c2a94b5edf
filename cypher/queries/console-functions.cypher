// The functions Neo4j offers: the Cypher console allows the built-in ones and offers them for completion.
// Params: none
// Columns: name (string), signature (string), description (string), builtIn (boolean)
SHOW FUNCTIONS YIELD name, signature, description, isBuiltIn
RETURN name, signature, description, isBuiltIn AS builtIn
ORDER BY name
