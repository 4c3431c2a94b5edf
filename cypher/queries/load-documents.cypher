// Loader: documents of a graph file (MERGE on key; title, text and source replaced).
// Params: $rows (list of {key, title, text, source})
// Columns: none
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d.title = row.title, d.text = row.text, d.source = row.source
