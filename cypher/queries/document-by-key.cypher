// One source document (the article) with its full text, so evidence can be shown in place.
// Params: $key (string: Document.key)
// Columns: key, title, source, text (strings)
MATCH (d:Document)
WHERE d.key = $key
RETURN d.key AS key, d.title AS title, d.source AS source, d.text AS text
LIMIT 1
