// Ask "what events involve X?": events linked to X by any relationship (taking part, editions, parts), with X
// itself first when it is an event; in date order, undated last.
// Params: $id (string: elementId of X)
// Columns: answer (node: an Event), path (path from X to the event; X alone when X is the event)
MATCH (x) WHERE elementId(x) = $id
CALL (x) {
  MATCH path = (x:Event)
  RETURN x AS answer, path, 0 AS rank
  UNION
  MATCH path = (x)-[r]-(answer:Event)
  WHERE NOT type(r) IN ['MENTIONED_IN', 'HAS_SENTENCE']
  RETURN answer, path, 1 AS rank
}
RETURN answer, path
ORDER BY rank, answer.date IS NULL, answer.date, coalesce(answer.name, answer.title), elementId(answer)
