// Search without an index: a bounded scan of each label's nodes, reading at most $perLabel of them, keeping those
// whose identifying values contain the words, or have a word starting like the words (a typo after the first
// letters; graph/searchText.ts decides), or whose digits contain the digits typed (phone numbers); per label, the
// best $candidates of them by a first ranking.
// Each target's caption keys are also joined into one value, so "todd hamilton" finds name + surname.
// Params: $targets (list of {label, keys, captionKeys}), $needle (string, lower case), $prefixes (list of strings,
//         lower case), $digits (string or null), $perLabel (integer), $candidates (integer: kept per label)
// Columns: node (node), degree (integer)
UNWIND $targets AS target
CALL (target) {
  MATCH (n:$(target.label))
  WITH n LIMIT $perLabel
  WITH n, [k IN target.keys WHERE n[k] IS NOT NULL | n[k]] AS raw,
       trim(reduce(s = '', k IN target.captionKeys | s + CASE WHEN n[k] IS NULL THEN '' ELSE ' ' + toString(n[k]) END)) AS joined
  WITH n, [joined] + reduce(all = [], v IN raw | all + CASE WHEN v IS :: LIST<ANY> THEN [x IN v | toString(x)] ELSE [toString(v)] END) AS texts
  WITH n, [t IN texts | toLower(t)] AS values
  WHERE any(v IN values WHERE v CONTAINS $needle
          OR any(p IN $prefixes WHERE v STARTS WITH p OR v CONTAINS ' ' + p)
          OR ($digits IS NOT NULL AND replace(replace(replace(replace(replace(replace(v, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') CONTAINS $digits))
  // The best candidates of the label, not the first ones read: exact, prefix, word prefix, contained, look-alike.
  WITH n, CASE
      WHEN any(v IN values WHERE v = $needle) THEN 0
      WHEN any(v IN values WHERE v STARTS WITH $needle) THEN 1
      WHEN any(v IN values WHERE v CONTAINS ' ' + $needle) THEN 2
      WHEN any(v IN values WHERE v CONTAINS $needle) THEN 3
      ELSE 4 END AS rank
  ORDER BY rank, COUNT { (n)--() } DESC
  RETURN n
  LIMIT $candidates
}
RETURN n AS node, COUNT { (n)--() } AS degree
