// How many nodes are in focus (all nodes when $focus is null).
// Params: $focus (string or null: a label)
// Columns: total (integer)
MATCH (n)
WHERE $focus IS NULL OR $focus IN labels(n)
RETURN count(n) AS total
