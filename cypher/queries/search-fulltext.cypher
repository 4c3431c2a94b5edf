// Search over one full-text index (fuzzy and prefix terms are in $lucene).
// Params: $index (string: index name), $lucene (string: Lucene query built from the person's words, escaped),
//         $limit (integer)
// Columns: node (node), score (float), degree (integer)
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
RETURN node, score, COUNT { (node)--() } AS degree
ORDER BY score DESC
