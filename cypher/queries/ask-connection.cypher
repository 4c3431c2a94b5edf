// Ask "how are X and Y connected?": all shortest paths between them, in either direction, up to 6 relationships,
// leaving out the evidence layer (documents and sentences). Works on any database.
// Params: $from (string: elementId of X), $to (string: elementId of Y)
// Columns: answer (null), path (path from X to Y)
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH path = ALL SHORTEST (a)-[r WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_SENTENCE']]-{1,6}(b)
RETURN null AS answer, path
LIMIT 25
