// Indexes the explorer's queries need. Idempotent: IF NOT EXISTS.
// entity_names: full-text over names and aliases; the 'cjk' analyzer indexes Chinese as character bigrams and
// Latin text as lower-cased words, so "阿里巴巴", "Jack Ma" and "pdd" all find their entity.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric);
CREATE INDEX sentence_document IF NOT EXISTS FOR (n:Sentence) ON (n.document, n.index);
