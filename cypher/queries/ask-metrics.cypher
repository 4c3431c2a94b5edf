// Ask: the metrics that figures measure ("new active buyers", "revenue"), for reading "who added more new
// buyers, A or B?" against the graph's own words. Nodes without a text `metric` are left out.
// Params: none
// Columns: metric (string)
MATCH (figure)
WHERE figure.metric IS :: STRING NOT NULL
RETURN DISTINCT figure.metric AS metric
LIMIT 1000
