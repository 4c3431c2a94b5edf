// The property keys seen on a sample of nodes carrying a label, with their value kinds; the caption comes from them.
// Params: $label (string: a label already read from db.labels()), $sample (integer: nodes to look at)
// Columns: key (string), kind (string: STRING, INTEGER, …), seen (integer: nodes of the sample having it)
MATCH (n:$($label))
WITH n LIMIT $sample
UNWIND keys(n) AS key
RETURN key, valueType(n[key]) AS kind, count(*) AS seen
ORDER BY seen DESC, key
