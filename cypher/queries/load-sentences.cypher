// Loader: the sentences of documents, each linked from its document (MERGE on "<document>#<index>").
// Params: $rows (list of {key, document, index, start, end, text})
// Columns: none
UNWIND $rows AS row
MATCH (d:Document {key: row.document})
MERGE (s:Sentence {key: row.key})
SET s.document = row.document, s.index = row.index, s.start = row.start, s.end = row.end, s.text = row.text
MERGE (d)-[:HAS_SENTENCE]->(s)
