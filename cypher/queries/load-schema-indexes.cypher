// Loader: the database's indexes, read before a load (an index on :Label(key) already serves MERGE).
// Params: none
// Columns: name (string), type (string), entityType (string), labelsOrTypes (list of string), properties (list of string), owningConstraint (string or null)
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint
