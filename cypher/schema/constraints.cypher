// Uniqueness constraints on the keys of the seed-graph model (each also gives the range index MERGE uses).
// Idempotent: IF NOT EXISTS. Applied by server/loader/schema.ts (npm run seed / load, and the local DBMS on start).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sentence_key IF NOT EXISTS FOR (n:Sentence) REQUIRE n.key IS UNIQUE;
