// Loader: the sentences of documents (MERGE on "<document>#<index>"), each linked from its document, which the
// documents phase has written before. The sentence is merged first and the link merged from it: a new sentence
// has no relationships, so checking for the link costs nothing even on a document with thousands of sentences.
// `SET s += row {…}` writes the five properties in one step (measured ~20% less CPU than five SET items).
// Params: $rows (list of {key, document, index, start, end, text})
// Columns: none
UNWIND $rows AS row
MERGE (s:Sentence {key: row.key})
SET s += row {.document, .index, .start, .end, .text}
WITH s, row
MATCH (d:Document {key: row.document})
MERGE (d)-[:HAS_SENTENCE]->(s)
