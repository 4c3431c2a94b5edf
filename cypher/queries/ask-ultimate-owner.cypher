// Ask "who ultimately owns X?": up the chain of owners (OWNS, or PART_OF to a whole) to an owner nobody owns.
// Every step must go upward (against an OWNS, along a PART_OF); the rule sits inside the quantified path pattern so
// a wrong-way step is pruned while expanding, not after every path of up to 10 hops was built both ways.
// The last step must be OWNS, so a whole that is not an owner (an event a campaign is part of) is no answer.
// Params: $id (string: elementId of X)
// Columns: answer (node: the top owner), path (path from X up to it)
MATCH (x) WHERE elementId(x) = $id
MATCH path = (x) ((a)-[r:OWNS|PART_OF]-(b)
                  WHERE (type(r) = 'OWNS' AND endNode(r) = a) OR (type(r) = 'PART_OF' AND startNode(r) = a)){1,10} (answer)
WHERE type(last(relationships(path))) = 'OWNS'
  AND NOT EXISTS { (answer)<-[:OWNS]-() }
  AND NOT EXISTS { (answer)-[:PART_OF]->() }
RETURN answer, path
ORDER BY length(path) DESC, coalesce(answer.name, answer.title)
LIMIT 10
