// Ask "who ultimately owns X?": up the chain of owners (OWNS, or PART_OF to a whole) to an owner nobody owns.
// The last step must be OWNS, so a whole that is not an owner (an event a campaign is part of) is no answer.
// Params: $id (string: elementId of X)
// Columns: answer (node: the top owner), path (path from X up to it)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x)-[:OWNS|PART_OF*1..10]-(answer)
WHERE all(i IN range(0, length(path) - 1) WHERE
        CASE type(relationships(path)[i])
          WHEN 'OWNS' THEN endNode(relationships(path)[i]) = nodes(path)[i]
          ELSE startNode(relationships(path)[i]) = nodes(path)[i]
        END)
  AND type(last(relationships(path))) = 'OWNS'
  AND NOT EXISTS { (answer)<-[:OWNS]-() }
  AND NOT EXISTS { (answer)-[:PART_OF]->() }
RETURN answer, path
ORDER BY length(path) DESC, coalesce(answer.name, answer.title)
LIMIT 10
