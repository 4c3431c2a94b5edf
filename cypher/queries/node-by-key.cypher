// One node by its stable `key` property (the seed graph's entity keys).
// Params: $key (string)
// Columns: node (node), degree (integer)
MATCH (n)
WHERE n.key = $key
RETURN n AS node, COUNT { (n)--() } AS degree
ORDER BY elementId(n)
LIMIT 1
