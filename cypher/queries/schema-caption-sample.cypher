// A sample of each label's nodes, for inferring captions and the keys people search by (schema/captions.ts).
// Each node comes back as [key, value] pairs of its text (cut to 200 characters), number and text-list properties
// only, so a sample never carries long texts or embeddings. The labels come from db.labels() and travel as data.
// Params: $labels (list of strings: labels that have nodes), $sample (integer: nodes per label)
// Columns: label (string), nodes (list of lists of [key, value] pairs)
UNWIND $labels AS label
CALL (label) {
  MATCH (n:$(label))
  WITH n LIMIT $sample
  RETURN collect([k IN keys(n) | [k,
    CASE
      WHEN n[k] IS :: STRING THEN left(n[k], 200)
      WHEN n[k] IS :: INTEGER OR n[k] IS :: FLOAT THEN n[k]
      WHEN n[k] IS :: LIST<STRING> THEN [v IN n[k][0..5] | left(v, 200)]
      ELSE null
    END]]) AS nodes
}
RETURN label, nodes
