// Every label, relationship type and property key the database knows.
// Params: none
// Columns: labels (list of strings), types (list of strings), propertyKeys (list of strings)
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, types, collect(propertyKey) AS propertyKeys
