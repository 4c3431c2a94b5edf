// Loader: removes sentences a reloaded document no longer has (its text changed and has fewer sentences now).
// Params: $document (string: Document.key), $count (integer: how many sentences the document has now)
// Columns: removed (integer)
MATCH (s:Sentence {document: $document})
WHERE s.index >= $count
DETACH DELETE s
RETURN count(*) AS removed
