// Ask: every nameable node, for linking names in questions (names and aliases, Latin and Chinese). On a graph
// without `name`, the caption comes from title/caption/label or from the label's caption rule (its keys in $keys:
// productName, name + surname …); without `key`, the key is the elementId.
// Params: $keys (list of strings: the property keys caption rules and details read)
// Columns: id (string: elementId), key (string), name (string or null), labels (list of strings), aliases (list of
//          strings), values (list of [key, value] pairs of $keys)
MATCH (n)
WHERE NOT n:Document AND NOT n:Sentence
WITH n, coalesce(n.name, n.title, n.caption, n.label) AS name
WHERE (name IS :: STRING NOT NULL AND name <> '') OR any(k IN $keys WHERE n[k] IS :: STRING NOT NULL)
RETURN elementId(n) AS id,
       CASE WHEN n.key IS :: STRING NOT NULL THEN n.key ELSE elementId(n) END AS key,
       CASE WHEN name IS :: STRING THEN name ELSE null END AS name,
       labels(n) AS labels,
       CASE WHEN n.aliases IS :: LIST<STRING NOT NULL> NOT NULL THEN n.aliases ELSE [] END AS aliases,
       [k IN $keys WHERE n[k] IS NOT NULL | [k, n[k]]] AS values
LIMIT 50000
