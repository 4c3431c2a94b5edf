// Whether the seed's knowledge graph is there, decided by its nodes (count store), never by its label tokens:
// a database where the loader once created Entity constraints but holds other data must open on that data.
// Params: none
// Columns: entities (integer: nodes labelled Entity), sentences (integer: nodes labelled Sentence)
RETURN COUNT { MATCH (n:Entity) RETURN n } AS entities, COUNT { MATCH (s:Sentence) RETURN s } AS sentences
