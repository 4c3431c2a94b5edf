// Ask: every nameable node, for linking names in questions (names and aliases, Latin and Chinese). On a graph
// without `name`, the caption comes from title/caption/label; without `key`, the key is the elementId.
// Params: none
// Columns: id (string: elementId), key (string), name (string), labels (list of strings), aliases (list of strings)
MATCH (n)
WHERE NOT n:Document AND NOT n:Sentence
WITH n, coalesce(n.name, n.title, n.caption, n.label) AS name
WHERE name IS :: STRING NOT NULL AND name <> ''
RETURN elementId(n) AS id,
       CASE WHEN n.key IS :: STRING NOT NULL THEN n.key ELSE elementId(n) END AS key,
       name,
       labels(n) AS labels,
       CASE WHEN n.aliases IS :: LIST<STRING NOT NULL> NOT NULL THEN n.aliases ELSE [] END AS aliases
LIMIT 50000
