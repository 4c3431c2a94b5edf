// The console is read-only for real: every write form of the issue is tried over HTTP and refused with
// CYPHER_REFUSED, the plan check refuses it on its own too (on Neo4j's real plan), LOAD CSV never fetches the
// local test file, and the graph, its tokens, indexes, constraints, users and databases are the same after.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_PROCEDURES } from '../../server/config.ts';
import { checkPlan } from '../../server/console/planRules.ts';
import { explainQuery } from '../../server/console/repository.ts';
import { procedureMatcher } from '../../server/console/service.ts';
import type { Database } from '../../server/db/driver.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const CSV_PATH = '/console-probe.csv';

/** Every write form named by the issue, with a few disguises. `{csv}` becomes the local test CSV's URL. */
const WRITE_FORMS: { form: string; query: string }[] = [
  { form: 'CREATE', query: "CREATE (:ConsoleReadOnlyProbe {name: 'new'})" },
  { form: 'CREATE (lower case, after a comment)', query: '// harmless\ncreate (n:ConsoleReadOnlyProbe)' },
  { form: 'MERGE', query: "MERGE (n:ConsoleReadOnlyProbe {name: 'merged'})" },
  { form: 'SET', query: 'MATCH (n:ConsoleReadOnlyProbe) SET n.touched = true' },
  { form: 'SET label', query: 'MATCH (n:ConsoleReadOnlyProbe) SET n:Touched' },
  { form: 'REMOVE property', query: 'MATCH (n:ConsoleReadOnlyProbe) REMOVE n.name' },
  { form: 'REMOVE label', query: 'MATCH (n:ConsoleReadOnlyProbe) REMOVE n:ConsoleReadOnlyProbe' },
  { form: 'DELETE', query: 'MATCH (:ConsoleReadOnlyProbe)-[r]->() DELETE r' },
  { form: 'DETACH DELETE', query: 'MATCH (n:ConsoleReadOnlyProbe) DETACH DELETE n' },
  { form: 'FOREACH', query: "FOREACH (i IN range(1, 3) | CREATE (:ConsoleReadOnlyProbe {name: 'loop'}))" },
  { form: 'CALL { write } IN TRANSACTIONS', query: 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:ConsoleReadOnlyProbe {i: i}) } IN TRANSACTIONS OF 1 ROW' },
  { form: 'CALL { read } IN TRANSACTIONS', query: 'MATCH (n:ConsoleReadOnlyProbe) CALL (n) { RETURN n.name AS name } IN TRANSACTIONS RETURN name' },
  { form: 'write inside CALL { }', query: "MATCH (n:ConsoleReadOnlyProbe) CALL (n) { SET n.name = 'changed' } RETURN count(*)" },
  { form: 'CREATE INDEX', query: 'CREATE INDEX console_probe_new FOR (n:ConsoleReadOnlyProbe) ON (n.value)' },
  { form: 'CREATE FULLTEXT INDEX', query: 'CREATE FULLTEXT INDEX console_probe_ft IF NOT EXISTS FOR (n:ConsoleReadOnlyProbe) ON EACH [n.name]' },
  { form: 'DROP INDEX', query: 'DROP INDEX console_probe_index' },
  { form: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT console_probe_unique FOR (n:ConsoleReadOnlyProbe) REQUIRE n.value IS UNIQUE' },
  { form: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT console_probe_constraint' },
  { form: 'CREATE DATABASE', query: 'CREATE DATABASE consoleprobe' },
  { form: 'DROP DATABASE', query: 'DROP DATABASE neo4j' },
  { form: 'ALTER DATABASE', query: 'ALTER DATABASE neo4j SET ACCESS READ ONLY' },
  { form: 'STOP DATABASE', query: 'STOP DATABASE neo4j' },
  { form: 'START DATABASE', query: 'START DATABASE neo4j' },
  { form: 'CREATE USER', query: "CREATE USER console_probe SET PASSWORD 'console-probe-secret' CHANGE NOT REQUIRED" },
  { form: 'ALTER USER', query: "ALTER USER neo4j SET PASSWORD 'console-probe-secret'" },
  { form: 'DROP USER', query: 'DROP USER neo4j' },
  { form: 'CREATE ROLE', query: 'CREATE ROLE console_probe' },
  { form: 'GRANT', query: 'GRANT ROLE admin TO neo4j' },
  { form: 'REVOKE', query: 'REVOKE ROLE admin FROM neo4j' },
  { form: 'DENY', query: 'DENY READ {*} ON GRAPH * TO PUBLIC' },
  { form: 'SHOW USERS', query: 'SHOW USERS' },
  { form: 'SHOW CURRENT USER', query: 'SHOW CURRENT USER' },
  { form: 'SHOW ROLES', query: 'SHOW ROLES' },
  { form: 'SHOW PRIVILEGES', query: 'SHOW PRIVILEGES' },
  { form: 'SHOW DATABASES', query: 'SHOW DATABASES' },
  { form: 'SHOW SETTINGS', query: 'SHOW SETTINGS' },
  { form: 'SHOW TRANSACTIONS', query: 'SHOW TRANSACTIONS' },
  { form: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { form: 'USE system', query: 'USE system SHOW USERS' },
  { form: 'CALL db.createLabel', query: "CALL db.createLabel('ConsoleInjected')" },
  { form: 'CALL db.createProperty', query: "CALL db.createProperty('console_injected')" },
  { form: 'CALL db.createRelationshipType', query: "CALL db.createRelationshipType('CONSOLE_INJECTED')" },
  { form: 'CALL db.create.setNodeVectorProperty', query: "MATCH (n:ConsoleReadOnlyProbe) CALL db.create.setNodeVectorProperty(n, 'vec', [1.0, 2.0])" },
  { form: 'CALL db.index.vector.createNodeIndex', query: "CALL db.index.vector.createNodeIndex('console_vec', 'ConsoleReadOnlyProbe', 'vec', 2, 'cosine')" },
  { form: 'CALL `db`.`createLabel` (quoted)', query: "CALL `db`.`createLabel`('ConsoleInjected')" },
  { form: 'CALL dbms.listConfig', query: 'CALL dbms.listConfig()' },
  { form: 'CALL dbms.listConnections', query: 'CALL dbms.listConnections()' },
  { form: 'CALL dbms.killConnections', query: "CALL dbms.killConnections(['bolt-1'])" },
  { form: 'CALL db.clearQueryCaches', query: 'CALL db.clearQueryCaches()' },
  { form: 'CALL db.stats.collect', query: "CALL db.stats.collect('QUERIES')" },
  { form: 'CALL tx.setMetaData', query: "CALL tx.setMetaData({probe: 'console'})" },
  { form: 'admin procedure inside CALL { }', query: 'CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN count(name)' },
  { form: 'LOAD CSV from file', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line" },
  { form: 'LOAD CSV from http', query: "LOAD CSV FROM '{csv}' AS row RETURN row" },
  { form: 'LOAD CSV WITH HEADERS from http, URL as parameter', query: 'LOAD CSV WITH HEADERS FROM $url AS row RETURN row.name' },
  { form: 'LOAD CSV inside CALL { }, comment in the middle', query: "CALL { LOAD /* x */ CSV FROM '{csv}' AS row RETURN row } RETURN count(row)" },
];

/** Neo4j's own refusals of administration commands it will not plan on this edition or database. */
const NEO4J_ADMIN_CODES = ['Neo.ClientError.Statement.UnsupportedAdministrationCommand', 'Neo.ClientError.Statement.NotSystemDatabaseError'];

async function snapshot(db: Database) {
  const one = async (query: string) => (await db.run(query, {}, 'READ')).records[0]?.get(0);
  return {
    nodes: Number(await one('MATCH (n) RETURN count(n)')),
    relationships: Number(await one('MATCH ()-[r]->() RETURN count(r)')),
    nodeProperties: Number(await one('MATCH (n) RETURN sum(size(keys(n)))')),
    relationshipProperties: Number(await one('MATCH ()-[r]->() RETURN sum(size(keys(r)))')),
    probes: await one("MATCH (n:ConsoleReadOnlyProbe) WITH n ORDER BY n.name RETURN collect([n.name, n.value, labels(n), n.touched, n.vec])"),
    labels: await one('CALL db.labels() YIELD label RETURN collect(label)'),
    types: await one('CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType)'),
    propertyKeys: await one('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey)'),
    indexes: await one('SHOW INDEXES YIELD name, state RETURN collect(name + state)'),
    constraints: await one('SHOW CONSTRAINTS YIELD name RETURN collect(name)'),
    users: await one('SHOW USERS YIELD user RETURN collect(user)'),
    databases: await one('SHOW DATABASES YIELD name, currentStatus, access RETURN collect(name + currentStatus + access)'),
  };
}

describe('the console refuses every write form', () => {
  const db = mainDatabase();
  let server: TestServer;
  let csvServer: http.Server;
  let csvUrl = '';
  let csvHits = 0;
  // Counts the refusals that ran, so the closing check cannot pass when run without them.
  let refusalsChecked = 0;
  let before: Awaited<ReturnType<typeof snapshot>>;
  const withUrl = (query: string) => query.replaceAll('{csv}', csvUrl);

  beforeAll(async () => {
    csvServer = http.createServer((req, res) => {
      csvHits++;
      res.setHeader('content-type', 'text/csv');
      res.end(req.url === CSV_PATH ? 'name,value\nfrom-http,1\n' : '');
    });
    await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
    csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}${CSV_PATH}`;
    await db.run(
      `CREATE (a:ConsoleReadOnlyProbe {name: 'a', value: 1})-[:CONSOLE_READ_ONLY_LINK {since: 2020}]->(b:ConsoleReadOnlyProbe {name: 'b', value: 2})`,
      {},
      'WRITE',
    );
    await db.run('CREATE INDEX console_probe_index IF NOT EXISTS FOR (n:ConsoleReadOnlyProbe) ON (n.name)', {}, 'WRITE');
    await db.run('CREATE CONSTRAINT console_probe_constraint IF NOT EXISTS FOR (n:ConsoleReadOnlyKey) REQUIRE n.key IS UNIQUE', {}, 'WRITE');
    await db.run('CALL db.awaitIndexes(60)', {}, 'READ');
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
    before = await snapshot(db);
  });

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => csvServer?.close(resolve));
    await db.run('DROP INDEX console_probe_index IF EXISTS', {}, 'WRITE');
    await db.run('DROP CONSTRAINT console_probe_constraint IF EXISTS', {}, 'WRITE');
    await db.run('MATCH (n:ConsoleReadOnlyProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('serves the CSV over http, so a LOAD CSV that ran would have fetched it', async () => {
    const hits = csvHits;
    expect(await (await fetch(csvUrl)).text()).toContain('from-http');
    expect(csvHits).toBe(hits + 1);
  });

  it.each(WRITE_FORMS)('refuses $form over HTTP with CYPHER_REFUSED', async ({ query }) => {
    const hits = csvHits;
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: withUrl(query), params: { url: csvUrl } }),
    });
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('CYPHER_REFUSED');
    // PROFILE runs the query, EXPLAIN shows it: both go through the same checks.
    for (const prefix of ['PROFILE ', 'EXPLAIN ']) {
      const prefixed = await fetch(`${server.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: prefix + withUrl(query), params: { url: csvUrl } }),
      });
      expect((await prefixed.json()).error?.code).toBe('CYPHER_REFUSED');
    }
    expect(csvHits).toBe(hits);
    refusalsChecked++;
  });

  it.each(WRITE_FORMS)('refuses $form by the plan check alone, on the plan Neo4j made', async ({ query }) => {
    const procedureAllowed = procedureMatcher(CONSOLE_PROCEDURES);
    try {
      const explained = await explainQuery(db, `EXPLAIN ${withUrl(query)}`, { url: csvUrl }, 10_000);
      expect(checkPlan(explained.plan!, explained.queryType, { procedureAllowed, database: explained.database })).toBeDefined();
    } catch (error) {
      // Neo4j would not plan it (administration on this edition, or USE before EXPLAIN): the console stops there too.
      const code = (error as { code?: string }).code ?? '';
      expect(NEO4J_ADMIN_CODES.includes(code) || (code === 'Neo.ClientError.Statement.SyntaxError' && /^USE /.test(query)), code).toBe(true);
    }
  });

  it('left the graph, its tokens, indexes, constraints, users and databases as they were, and fetched no CSV', async () => {
    expect(await snapshot(db)).toEqual(before);
    expect(before.nodes).toBeGreaterThanOrEqual(2);
    expect(before.indexes.some((name: string) => name.startsWith('console_probe_index'))).toBe(true);
    expect(refusalsChecked).toBe(WRITE_FORMS.length);
  });

  it('still answers read queries, allowed procedures and schema SHOW commands', async () => {
    for (const query of [
      'MATCH (n:ConsoleReadOnlyProbe) RETURN n.name ORDER BY n.name',
      'CALL db.labels() YIELD label RETURN label',
      'SHOW INDEXES YIELD name RETURN name',
      'SHOW CONSTRAINTS',
      "RETURN 'CREATE (n) SET n.x = 1; LOAD CSV' AS text",
      'MATCH (n:ConsoleReadOnlyProbe) RETURN n.set, n.create',
    ]) {
      const response = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status, query).toBe(200);
    }
  });
});
