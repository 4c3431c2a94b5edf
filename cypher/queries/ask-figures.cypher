// Ask "what figures did X report?": figures X reported or that measure X, or X itself when it is a figure;
// optionally only one metric (a word its `metric` contains; growth and share read change_pct / share_pct)
// and one period (text its `period` contains).
// Params: $id (string: elementId of X), $metric (string or null), $period (string or null)
// Columns: answer (node: a Figure), path (path from the reporter or X to the figure)
MATCH (x) WHERE elementId(x) = $id
CALL (x) {
  MATCH path = (x)-[:REPORTED]->(answer:Figure)
  RETURN answer, path
  UNION
  MATCH path = (answer:Figure)-[:MEASURES]->(x)
  RETURN answer, path
  UNION
  MATCH path = (reporter)-[:REPORTED]->(x:Figure)
  RETURN x AS answer, path
}
WITH answer, path
WHERE ($metric IS NULL
       OR toLower(coalesce(answer.metric, '')) CONTAINS $metric
       OR ($metric = 'growth' AND (answer.change_pct IS NOT NULL OR answer.growth_factor_min IS NOT NULL))
       OR ($metric = 'share' AND answer.share_pct IS NOT NULL))
  AND ($period IS NULL OR coalesce(answer.period, '') CONTAINS $period)
RETURN answer, path
ORDER BY coalesce(answer.period, ''), coalesce(answer.metric, ''), elementId(answer)
