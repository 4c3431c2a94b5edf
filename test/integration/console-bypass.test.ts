// The console's text layer against the bypasses of issue 16, over HTTP on the real DBMS: a `//` comment ended by a
// carriage return (Neo4j ends it there) once hid a clause from the text rules and let a `/*` swallow the EXPLAIN
// the console put before it, so Neo4j ran LOAD CSV, dbms.listConfig, SHOW USERS or TERMINATE TRANSACTIONS while
// "planning". Every form is refused with CYPHER_REFUSED, a loopback listener receives no request, and the planning
// step refuses on its own whenever Neo4j answers with anything but a plan.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlanningAnswer } from '../../server/console/planRules.ts';
import { explainQuery } from '../../server/console/repository.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** `{url}` becomes the loopback listener's URL. */
const BYPASS_FORMS: { form: string; query: string }[] = [
  { form: 'LOAD CSV after // x\\r, EXPLAIN swallowed by /*', query: "// x\rLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after // x\\r\\n', query: "// x\r\nLOAD CSV FROM '{url}' AS l RETURN l" },
  { form: 'LOAD CSV after // x\\r, URL as a parameter', query: '// x\rLOAD CSV FROM $url AS l RETURN l /*\n*/' },
  { form: 'LOAD CSV after // x\\r, the data sent out in the URL', query: "// x\rMATCH (n) WITH collect(n.name) AS names LOAD CSV FROM '{url}?' + names[0] AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after PROFILE // x\\r', query: "PROFILE // x\rLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'PROFILE LOAD CSV after // x\\r', query: "// x\rPROFILE LOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after EXPLAIN // x\\r', query: "EXPLAIN // x\rLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after CYPHER 5 // x\\r', query: "CYPHER 5 // x\rLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after CYPHER runtime=slotted // x\\r', query: "CYPHER runtime=slotted // x\rLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV inside CALL { } after // x\\r', query: "MATCH (n) // x\rCALL { LOAD CSV FROM '{url}' AS l RETURN l } RETURN l /*\n*/" },
  {
    form: 'dbms.listConfig read back in an error message',
    query: "// x\rCALL dbms.listConfig() YIELD name, value WITH name, value WHERE name = 'server.directories.data' RETURN date(value) AS x /*\n*/",
  },
  { form: 'dbms.listConfig dump', query: '// x\rCALL dbms.listConfig() YIELD name, value RETURN name, value /*\n*/' },
  { form: 'dbms.queryJmx', query: "// x\rCALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes /*\n*/" },
  { form: 'SHOW USERS', query: '// x\rSHOW USERS /*\n*/' },
  { form: 'SHOW DATABASES', query: '// x\rSHOW DATABASES /*\n*/' },
  { form: 'dbms.listConnections', query: '// x\rCALL dbms.listConnections() /*\n*/' },
  { form: 'db.clearQueryCaches', query: '// x\rCALL db.clearQueryCaches() /*\n*/' },
  { form: 'TERMINATE TRANSACTIONS', query: "// x\rTERMINATE TRANSACTIONS 'neo4j-transaction-1' /*\n*/" },
  { form: 'SHOW TRANSACTIONS', query: '// x\rSHOW TRANSACTIONS /*\n*/' },
  { form: 'dbms.killConnections', query: "// x\rCALL dbms.killConnections(['bolt-1']) /*\n*/" },
  { form: 'LOAD CSV after // x U+2028', query: "// x\u2028LOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after // x U+2029', query: "// x\u2029LOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after // x U+0085', query: "// x\u0085LOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after // x \\v', query: "// x\u000bLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'LOAD CSV after // x \\f', query: "// x\u000cLOAD CSV FROM '{url}' AS l RETURN l /*\n*/" },
  { form: 'procedure name with a zero-width space', query: 'CALL dbms.list\u200bConfig()' },
  { form: 'keyword with a control character inside', query: "LO\u0001AD CSV FROM '{url}' AS l RETURN l" },
  { form: 'SHOW USERS YIELD user AS index', query: 'SHOW USERS YIELD user AS index' },
  { form: 'SHOW USER index PRIVILEGES', query: 'SHOW USER index PRIVILEGES' },
  { form: 'LOAD CSV after a string with an escaped quote', query: "RETURN 'it\\'s' AS s // x\rLOAD CSV FROM '{url}' AS l RETURN l" },
  { form: 'UNION with an admin procedure', query: 'RETURN 1 AS name UNION CALL dbms.listConfig() YIELD name RETURN name' },
  { form: 'nested CALL with LOAD CSV', query: "CALL { CALL { LOAD CSV FROM '{url}' AS l RETURN l } RETURN l } RETURN l" },
];

describe('the console closes the carriage-return bypass and its relatives', () => {
  const db = mainDatabase();
  let server: TestServer;
  let listener: http.Server;
  let url = '';
  let requests = 0;
  const withUrl = (query: string) => query.replaceAll('{url}', url);
  const post = async (query: string, params: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, params }),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    listener = http.createServer((_req, res) => {
      requests++;
      res.setHeader('content-type', 'text/csv');
      res.end('probe,line\n1,2\n');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/x.csv`;
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000' }) });
  });

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => listener?.close(resolve));
    await db.close();
  });

  it('listens for real: a request to the listener is counted', async () => {
    await fetch(url);
    expect(requests).toBe(1);
    requests = 0;
  });

  it.each(BYPASS_FORMS)('refuses $form with CYPHER_REFUSED', async ({ query }) => {
    const { status, body } = await post(withUrl(query), { url });
    expect(status).toBe(400);
    expect(body.error.code).toBe('CYPHER_REFUSED');
    expect(JSON.stringify(body)).not.toContain('directories');
    expect(requests).toBe(0);
  });

  it('received no request from any console text', () => {
    expect(requests).toBe(0);
  });

  it('reads a carriage return as the end of a // comment, as Neo4j does, and runs what follows', async () => {
    const { status, body } = await post('RETURN 1 AS a // x\r, 2 AS b');
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'b']);
    expect((await post('// x\rRETURN 3 AS c /*\n*/')).body.rows).toEqual([[3]]);
  });

  it('still runs ordinary reads, PROFILE and EXPLAIN with CYPHER options, and strings with escapes', async () => {
    expect((await post("RETURN 'it\\'s a SET' AS s")).body.rows).toEqual(["it's a SET"].map((s) => [s]));
    expect((await post('CYPHER runtime=slotted PROFILE RETURN 1 AS one')).body).toMatchObject({ rows: [[1]], plan: { kind: 'PROFILE' } });
    expect((await post('CYPHER 5 EXPLAIN RETURN 1 AS one')).body).toMatchObject({ rows: [], plan: { kind: 'EXPLAIN' } });
    expect((await post('RETURN "tab\\there" AS s, \'\\u2028\' AS sep')).body.rows).toEqual([['tab\there', '\u2028']]);
    expect((await post('SHOW USER DEFINED FUNCTIONS YIELD name RETURN count(name) AS n')).status).toBe(200);
  });

  it('answers a refused character with its position in the text', async () => {
    const { body } = await post('RETURN 1 AS a,\n  2\u0085 AS b');
    expect(body.error.code).toBe('CYPHER_REFUSED');
    expect(body.error.position).toEqual({ offset: 18, line: 2, column: 4 });
  });

  it('maps Neo4j’s positions back to the person’s text, PROFILE included', async () => {
    expect((await post('// x\rRETRUN 1')).body.error.position.offset).toBe(5);
    expect((await post('PROFILE MATCH (n) RETRUN n')).body.error.position.offset).toBe(18);
  });

  it('refuses at the planning step whenever Neo4j answers a "plan" call with anything but a plan', async () => {
    // The old bypass: the EXPLAIN after the comment is swallowed, Neo4j runs the query and answers with a record.
    const ran = await explainQuery(db, '// x\rRETURN 1 AS a /*\nEXPLAIN */', {}, 10_000);
    expect(ran.plan).toBeUndefined();
    expect(ran.records).toBe(1);
    expect(checkPlanningAnswer(ran)).toBeDefined();
    const planned = await explainQuery(db, 'EXPLAIN // x\rRETURN 1 AS a /*\n*/', {}, 10_000);
    expect(checkPlanningAnswer(planned)).toBeUndefined();
  });
});
