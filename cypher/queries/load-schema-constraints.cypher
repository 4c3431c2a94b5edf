// Loader: the database's constraints, read before a load (what the file must not violate, what exists already).
// Params: none
// Columns: name (string), type (string), entityType (string), labelsOrTypes (list of string), properties (list of string), propertyType (string or null)
SHOW CONSTRAINTS YIELD *
RETURN name, type, entityType, labelsOrTypes, properties, propertyType
