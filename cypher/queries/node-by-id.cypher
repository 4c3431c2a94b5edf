// One node by its elementId.
// Params: $id (string: elementId)
// Columns: node (node), degree (integer)
MATCH (n)
WHERE elementId(n) = $id
RETURN n AS node, COUNT { (n)--() } AS degree
