// Console transactions still running in Neo4j under one tag (after the explorer stopped waiting for them): the
// console keeps their place taken until Neo4j has ended them.
// Params: tag (string: the transaction metadata value `console` of one console connection)
// Columns: running (integer)
SHOW TRANSACTIONS YIELD metaData
WHERE metaData.console = $tag
RETURN count(*) AS running
