// Loader: removes sentences a reloaded document no longer has (its text changed and has fewer sentences now).
// Params: $rows (list of {document: Document.key, count: integer, how many sentences the document has now})
// Columns: removed (integer)
UNWIND $rows AS row
MATCH (s:Sentence {document: row.document})
WHERE s.index >= row.count
DETACH DELETE s
RETURN count(*) AS removed
