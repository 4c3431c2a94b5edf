// Ask: facts of the current graph to build example questions from: for each relationship type the pair whose
// ends are best connected, the best-connected node, and two nodes two steps apart.
// Params: none
// Columns: pairs (list of {type, start, end}), central (string or null), distant ({start, end} or null)
CALL () {
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_SENTENCE']
  WITH a, r, b LIMIT 20000
  WITH type(r) AS type, coalesce(a.name, a.title) AS start, coalesce(b.name, b.title) AS end,
       COUNT { (a)--() } + COUNT { (b)--() } AS weight
  WHERE start IS :: STRING NOT NULL AND end IS :: STRING NOT NULL
  ORDER BY type, weight DESC, start, end
  WITH type, collect({type: type, start: start, end: end})[0] AS pair
  RETURN collect(pair) AS pairs
}
CALL () {
  MATCH (n)
  WHERE NOT n:Document AND NOT n:Sentence AND coalesce(n.name, n.title) IS :: STRING NOT NULL
  WITH n LIMIT 20000
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC, coalesce(n.name, n.title)
  LIMIT 1
  RETURN collect(coalesce(n.name, n.title))[0] AS central
}
CALL () {
  OPTIONAL MATCH (a)-[r1]-(m)-[r2]-(b)
  WHERE NOT a:Document AND NOT a:Sentence AND NOT m:Document AND NOT m:Sentence AND NOT b:Document AND NOT b:Sentence
    AND elementId(a) < elementId(b) AND NOT (a)--(b)
    AND coalesce(a.name, a.title) IS :: STRING NOT NULL AND coalesce(b.name, b.title) IS :: STRING NOT NULL
  WITH a, b LIMIT 1
  RETURN CASE WHEN a IS NULL THEN null ELSE {start: coalesce(a.name, a.title), end: coalesce(b.name, b.title)} END AS distant
}
RETURN pairs, central, distant
