// Search over the full-text index of names and aliases (fuzzy and prefix terms are in $lucene).
// Params: $index (string: index name), $lucene (string: Lucene query built from the person's words, escaped),
//         $limit (integer)
// Columns: node (node), score (float)
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
RETURN node, score
ORDER BY score DESC
