// POST /api/cypher over HTTP: the response contract, values converted without loss, every node and relationship
// in `graph` once, EXPLAIN/PROFILE plans, Neo4j's errors with positions, and the completion/example endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse, GraphNode, GraphRelationship } from '../../server/contract.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('POST /api/cypher', () => {
  const db = mainDatabase();
  let server: TestServer;

  const post = async (query: string, params?: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params === undefined ? { query } : { query, params }),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    await db.run(
      `CREATE (a:ConsoleApiProbe {name: 'a', born: date('1990-05-17')})-[:CONSOLE_API_LINK {weight: 1}]->(b:ConsoleApiProbe {name: 'b'}),
              (b)-[:CONSOLE_API_LINK {weight: 2}]->(c:ConsoleApiProbe {name: 'c'})`,
      {},
      'WRITE',
    );
    server = await startTestServer({ db, config: testConfig({ RATE_LIMIT_BURST: '1000', QUERY_ROW_LIMIT: '50' }) });
  });

  afterAll(async () => {
    await server?.close();
    await db.run('MATCH (n:ConsoleApiProbe) DETACH DELETE n', {}, 'WRITE');
    await db.close();
  });

  it('answers columns, rows, graph, truncated, limit and timeMs', async () => {
    const { status, body } = await post('UNWIND range(1, 3) AS x RETURN x, x * 2 AS double');
    expect(status).toBe(200);
    expect(body).toEqual({ columns: ['x', 'double'], rows: [[1, 2], [2, 4], [3, 6]], graph: { nodes: [], relationships: [] }, truncated: false, limit: 50, cut: false, budget: { bytes: 4 * 1048576, listItems: 1000, stringChars: 10_000 }, timeMs: expect.any(Number) });
  });

  it('converts integers, temporals and points without losing anything', async () => {
    const { body } = await post(
      `RETURN 9007199254740991 AS safe, 9007199254740993 AS big, -9223372036854775808 AS min, 1.5 AS float,
              date('2024-02-29') AS date, datetime('2024-02-29T10:11:12.123+01:00') AS datetime,
              datetime('2024-02-29T10:11:12[Europe/Paris]') AS zoned, localdatetime('2024-02-29T10:11:12') AS local,
              localtime('10:11:12') AS localtime, time('10:11:12+02:00') AS time, duration('P1Y2M3DT4H5M6S') AS duration,
              point({x: 1.5, y: 2}) AS cartesian, point({longitude: 2.35, latitude: 48.85, height: 35}) AS wgs3d`,
    );
    const row = Object.fromEntries(body.columns.map((column: string, i: number) => [column, body.rows[0][i]]));
    expect(row).toEqual({
      safe: 9007199254740991,
      big: '9007199254740993',
      min: '-9223372036854775808',
      float: 1.5,
      date: '2024-02-29',
      datetime: '2024-02-29T10:11:12.123000000+01:00',
      zoned: expect.stringMatching(/^2024-02-29T10:11:12(\.0+)?\+01:00\[Europe\/Paris\]$/),
      local: '2024-02-29T10:11:12',
      localtime: '10:11:12',
      time: '10:11:12+02:00',
      duration: 'P1Y2M3DT4H5M6S',
      cartesian: { srid: 7203, x: 1.5, y: 2 },
      wgs3d: { srid: 4979, x: 2.35, y: 48.85, z: 35 },
    });
  });

  it('gathers every node and relationship found in paths, lists and maps into graph, each once', async () => {
    const { body } = await post(
      `MATCH p = (a:ConsoleApiProbe {name: 'a'})-[:CONSOLE_API_LINK*2]->(c:ConsoleApiProbe)
       RETURN p, [a, c] AS list, {first: a, links: relationships(p)} AS map, a`,
    );
    expect(body.rows).toHaveLength(1);
    const [path, list, map, a] = body.rows[0];
    expect(path).toMatchObject({ length: 2, start: { labels: ['ConsoleApiProbe'], properties: { name: 'a', born: '1990-05-17' } } });
    expect(path.segments[0].relationship).toMatchObject({ type: 'CONSOLE_API_LINK', start: a.id, properties: { weight: 1 } });
    expect(list.map((n: GraphNode) => n.properties['name'])).toEqual(['a', 'c']);
    expect(map.first.id).toBe(a.id);
    const nodes: GraphNode[] = body.graph.nodes;
    const relationships: GraphRelationship[] = body.graph.relationships;
    expect(nodes.map((n) => n.properties['name']).sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(3);
    expect(relationships).toHaveLength(2);
    expect(relationships.every((r) => nodes.some((n) => n.id === r.start) && nodes.some((n) => n.id === r.end))).toBe(true);
  });

  it('takes parameters, whole numbers as integers (LIMIT accepts them)', async () => {
    const { status, body } = await post('UNWIND range(1, 10) AS x RETURN x LIMIT $limit', { limit: 2 });
    expect(status).toBe(200);
    expect(body.rows).toEqual([[1], [2]]);
  });

  it('returns the EXPLAIN plan without running, and the PROFILE plan with rows and db hits', async () => {
    const explained = (await post("EXPLAIN MATCH (n:ConsoleApiProbe) WHERE n.name = 'a' RETURN n")).body as CypherResponse;
    expect(explained.rows).toEqual([]);
    expect(explained.plan?.kind).toBe('EXPLAIN');
    expect(explained.plan?.root.operator).toBe('ProduceResults');
    expect(explained.plan?.root.rows).toBeUndefined();

    const profiled = (await post("PROFILE MATCH (n:ConsoleApiProbe) WHERE n.name = 'a' RETURN n")).body as CypherResponse;
    expect(profiled.rows).toHaveLength(1);
    expect(profiled.plan?.kind).toBe('PROFILE');
    expect(profiled.plan?.root.rows).toBe(1);
    expect(profiled.plan?.totalDbHits).toBeGreaterThan(0);
    const operators: string[] = [];
    const walk = (node: NonNullable<CypherResponse['plan']>['root']) => {
      operators.push(node.operator);
      node.children.forEach(walk);
    };
    walk(profiled.plan!.root);
    expect(operators).toContain('NodeByLabelScan');
  });

  it('cuts PROFILE at the limit too, and still reports its plan', async () => {
    const { body } = await post('PROFILE UNWIND range(1, 500) AS x RETURN x');
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
    expect(body.plan.root.rows).toBe(500);
  });

  it('answers a syntax error with Neo4j’s code and its position in the text as written', async () => {
    const { status, body } = await post('MATCH (n)\nWHERE n.name = "a"\nRETRUN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(body.error.position).toEqual({ offset: 29, line: 3, column: 1 });

    const profiled = await post('PROFILE MATCH (n) RETRUN n');
    expect(profiled.body.error.position).toEqual({ offset: 18, line: 1, column: 19 });
  });

  it('runs a query it planned before just the same, with new parameters, and errors keep their codes', async () => {
    const text = 'MATCH (n:ConsoleApiProbe) WHERE n.name IN $names RETURN n.name AS name ORDER BY name';
    expect((await post(text, { names: ['a'] })).body.rows).toEqual([['a']]);
    expect((await post(text, { names: ['b', 'c'] })).body.rows).toEqual([['b'], ['c']]);
    const missing = await post(text);
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('Neo.ClientError.Statement.ParameterMissing');
    const refusedTwice = [await post("CREATE (:ConsoleApiProbe {name: 'x'})"), await post("CREATE (:ConsoleApiProbe {name: 'x'})")];
    expect(refusedTwice.map((r) => r.body.error.code)).toEqual(['CYPHER_REFUSED', 'CYPHER_REFUSED']);
  });

  it('answers a failing query with Neo4j’s code, and invalid requests by code', async () => {
    expect((await post('RETURN 1 / 0')).body.error.code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect((await post('RETURN $missing')).body.error.code).toBe('Neo.ClientError.Statement.ParameterMissing');
    expect((await post('  // only a comment')).body.error.code).toBe('VALIDATION_FAILED');
    const notAnObject = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1', params: [1] }) });
    expect(notAnObject.status).toBe(400);
    expect((await notAnObject.json()).error.code).toBe('VALIDATION_FAILED');
  });

  it('lists the allowed procedures and the built-in functions for completion', async () => {
    const response = await fetch(`${server.url}/api/cypher/procedures`);
    expect(response.status).toBe(200);
    const body = await response.json();
    const procedures = body.procedures.map((p: { name: string }) => p.name);
    expect(procedures).toEqual(expect.arrayContaining(['db.labels', 'db.relationshipTypes', 'db.propertyKeys']));
    expect(procedures).not.toContain('dbms.listConfig');
    expect(procedures).not.toContain('db.createLabel');
    expect(body.functions.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['toUpper', 'point.distance', 'count']));
    expect(body.procedures[0]).toEqual({ name: expect.any(String), signature: expect.any(String), description: expect.any(String) });
  });

  it('lists the named queries of cypher/queries as examples', async () => {
    const body = await (await fetch(`${server.url}/api/cypher/examples`)).json();
    const overview = body.find((example: { name: string }) => example.name === 'overview');
    expect(overview.text).toContain('MATCH');
    expect(overview.description).toContain('Params');
  });
});
