// Imports all or nothing where Neo4j would refuse (issue 16, item 5): a file that conflicts with the database's
// constraints — a key that exists under another label, a value a uniqueness constraint already holds, two items
// of the file with one such value — is refused before the first write, over HTTP and on the command line, with
// the conflict's line:column; the database's fingerprint (counts, labels, tokens, indexes, constraints, every
// value) is exactly as before. A fault mid-import says what was written, and sending the file again completes it.
// Also the strict JSON bodies of the API: duplicate keys, bad UTF-8, a BOM, syntax errors with a position.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { mainDatabase, testConfig } from '../helpers/db.ts';
import { graphFingerprint } from '../helpers/fingerprint.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const TOKEN = 'import-conflict-token-0123456789';
const PROBES = 4500;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-conflicts-'));

/** 4,500 new nodes with a document, then one whose key exists under the label Entity (the seed's Alibaba). */
function conflictingGraph() {
  const text = 'Probe zero is here. Probe one is there.';
  return {
    documents: [{ key: 'conflict-probe-doc', title: 'Probe', text }],
    nodes: [
      ...Array.from({ length: PROBES }, (_, i) => ({ key: `conflict-probe-${i}`, labels: ['ConflictProbe'], properties: { name: `Probe ${i}` } })),
      { key: 'alibaba', labels: ['ConflictProbe', 'Entity'], properties: { name: 'Not Alibaba' } },
    ],
    relationships: [{ type: 'CONFLICT_LINK', start: 'conflict-probe-0', end: 'conflict-probe-1', properties: {} }],
  };
}

function runCli(args: string[]) {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: inject('neo4jUsername'), NEO4J_PASSWORD: inject('neo4jPassword'), NEO4J_DATABASE: inject('neo4jDatabase') };
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'loader', 'cli.ts'), ...args], { cwd: PROJECT_ROOT, env, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** line:column where `needle` first occurs in `text`. */
function placeOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

describe('imports refused whole when they conflict with the database', () => {
  const db = mainDatabase();
  let server: TestServer;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers }, body });

  const cleanUp = async () => {
    await db.run(
      "MATCH (n) WHERE n:ConflictProbe OR n:ConflictName OR n:ConflictOnly OR n:InterruptProbe OR n.key = 'conflict-probe-doc' OR n.document = 'conflict-probe-doc' DETACH DELETE n",
      {},
      'WRITE',
    );
    for (const name of ['conflict_name_unique', 'conflict_link_code', 'key_unique_ConflictProbe', 'key_unique_ConflictName', 'key_unique_ConflictOnly', 'key_unique_InterruptProbe']) {
      await db.run(`DROP CONSTRAINT ${name} IF EXISTS`, {}, 'WRITE');
    }
  };

  beforeAll(async () => {
    await cleanUp();
    server = await startTestServer({ db, config: testConfig({ WRITE_TOKEN: TOKEN }) });
  });
  afterAll(async () => {
    await server.close();
    await cleanUp();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('over HTTP: 4,500 nodes then a key under another label → 409 with the place, and the database exactly as before', async () => {
    const body = JSON.stringify(conflictingGraph(), null, 1);
    const before = await graphFingerprint(db, { content: true });
    const response = await post(body);
    expect(response.status).toBe(409);
    const answer = await response.json();
    expect(answer.error.code).toBe('IMPORT_CONFLICT');
    expect(answer.error.message).toContain(`request body:${placeOf(body, '"alibaba"')} nodes[${PROBES}].key:`);
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
  });

  it('on the command line: the same file is refused with file:line:column, nothing written', async () => {
    const file = path.join(dir, 'conflict.json');
    const text = JSON.stringify(conflictingGraph(), null, 2);
    fs.writeFileSync(file, text);
    const before = await graphFingerprint(db, { content: true });
    const result = runCli([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${placeOf(text, '"alibaba"')} nodes[${PROBES}].key:`);
    expect(result.stderr).toContain('[DATABASE_CONFLICT]');
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
  });

  it('refuses a value an existing uniqueness constraint holds, and two items of the file with one value', async () => {
    await db.run('CREATE CONSTRAINT conflict_name_unique FOR (n:ConflictName) REQUIRE n.name IS UNIQUE', {}, 'WRITE');
    await db.run("CREATE (:ConflictName {key: 'taken', name: 'Taken'})", {}, 'WRITE');
    const taken = { nodes: [{ key: 'conflict-new', labels: ['ConflictProbe', 'ConflictName'], properties: { name: 'Taken' } }] };
    const twice = {
      nodes: [
        { key: 'conflict-a', labels: ['ConflictName'], properties: { name: 'Same' } },
        { key: 'conflict-b', labels: ['ConflictName'], properties: { name: 'Same' } },
      ],
    };
    const before = await graphFingerprint(db, { content: true });
    for (const graph of [taken, twice]) {
      const body = JSON.stringify(graph, null, 2);
      const response = await post(body);
      expect(response.status).toBe(409);
      const answer = await response.json();
      expect(answer.error.code).toBe('IMPORT_CONFLICT');
      const at = graph === taken ? `nodes[0].properties.name` : `nodes[1].properties.name`;
      const needle = graph === taken ? '"Taken"' : '"Same"';
      const place = graph === taken ? placeOf(body, needle) : placeOf(body.slice(0, body.lastIndexOf(needle)) + '\u0000', '\u0000');
      expect(answer.error.message).toContain(`request body:${place} ${at}:`);
    }
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
    // The same node merged onto its own existing self is no conflict.
    const same = { nodes: [{ key: 'taken', labels: ['ConflictName'], properties: { name: 'Taken', note: 'updated' } }] };
    expect((await post(JSON.stringify(same))).status).toBe(200);
  });

  it('refuses a relationship value a relationship uniqueness constraint holds', async () => {
    await db.run('CREATE CONSTRAINT conflict_link_code FOR ()-[r:CONFLICT_LINK]-() REQUIRE r.code IS UNIQUE', {}, 'WRITE');
    const first = {
      nodes: [
        { key: 'conflict-r1', labels: ['ConflictProbe'], properties: {} },
        { key: 'conflict-r2', labels: ['ConflictProbe'], properties: {} },
      ],
      relationships: [{ type: 'CONFLICT_LINK', start: 'conflict-r1', end: 'conflict-r2', properties: { code: 'C-1' } }],
    };
    expect((await post(JSON.stringify(first))).status).toBe(200);
    expect((await post(JSON.stringify(first))).status).toBe(200); // merged onto itself
    const clash = { ...first, relationships: [{ type: 'CONFLICT_LINK', start: 'conflict-r2', end: 'conflict-r1', properties: { code: 'C-1' } }] };
    const before = await graphFingerprint(db, { content: true });
    const response = await post(JSON.stringify(clash));
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toContain('relationships[0].properties.code');
    expect(await graphFingerprint(db, { content: true })).toEqual(before);
  });

  it('creates only the constraint the file needs, not the seed schema', async () => {
    const before = await graphFingerprint(db);
    const graph = { nodes: [{ key: 'conflict-only', labels: ['ConflictOnly'], properties: { name: 'Only' } }] };
    const response = await post(JSON.stringify(graph));
    expect(response.status).toBe(200);
    const after = await graphFingerprint(db);
    expect(after.constraints.filter((c) => !before.constraints.includes(c)).map((c) => c.split(' ')[0])).toEqual(['key_unique_ConflictOnly']);
    expect(after.indexes.filter((i) => !before.indexes.includes(i)).map((i) => i.split(' ')[0])).toEqual(['key_unique_ConflictOnly']);
  });

  it('a fault mid-import says what was written, and sending the file again completes it', async () => {
    const total = 40_000;
    const graph = { nodes: Array.from({ length: total }, (_, i) => ({ key: `interrupt-${i}`, labels: ['InterruptProbe'], properties: { n: i } })) };
    const body = JSON.stringify(graph);
    const pending = post(body);
    // Stop one of the import's write transactions from another session, as a failing database would.
    let terminated = false;
    while (!terminated) {
      const running = await db.run<{ id: string }>(
        'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $label AND currentQuery CONTAINS $merge RETURN transactionId AS id',
        { label: 'InterruptProbe', merge: 'MERGE' },
        'READ',
      );
      const id = running.records[0]?.get('id');
      if (id) terminated = (await db.run<{ message: string }>('TERMINATE TRANSACTIONS $id YIELD message RETURN message', { id }, 'WRITE')).records[0]?.get('message') === 'Transaction terminated.';
      else if (await Promise.race([pending.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5))])) break;
    }
    const response = await pending;
    expect(terminated).toBe(true);
    expect(response.status).toBe(503);
    const answer = await response.json();
    expect(answer.error.code).toBe('IMPORT_INTERRUPTED');
    expect(answer.error.message).toMatch(/Written before it stopped \(committed, whole batches\): .* (\d+) of 40000 nodes/);
    const written = Number(/(\d+) of 40000 nodes/.exec(answer.error.message)![1]);
    const count = async () => Number((await db.run('MATCH (n:InterruptProbe) RETURN count(n) AS c', {}, 'READ')).records[0]!.get('c'));
    expect(await count()).toBe(written);
    expect(written).toBeLessThan(total);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await count()).toBe(total);
  }, 300_000);
});

describe('the API reads JSON bodies strictly, with positions', () => {
  const db = mainDatabase();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ db, config: testConfig({ WRITE_TOKEN: TOKEN }) });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const send = (route: string, body: Buffer | string, auth = false) =>
    fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) }, body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]) });

  it('refuses a key given twice, in every JSON body, with its position', async () => {
    for (const [route, auth] of [['/api/ask', false], ['/api/cypher', false], ['/api/connections', false], ['/api/import', true]] as const) {
      const response = await send(route, '{"question": "who owns Youku?",\n "query": "RETURN 1", "query": "RETURN 2", "ids": [], "among": []}', auth);
      expect(response.status, route).toBe(400);
      const answer = await response.json();
      expect(answer.error.code).toBe('BAD_REQUEST');
      expect(answer.error.position).toMatchObject({ line: 2, column: 23 });
    }
  });

  it('refuses bytes that are not UTF-8 with their byte offset, over the API and the import', async () => {
    const bytes = Buffer.concat([Buffer.from('{"question": "who owns Caf'), Buffer.from([0xe9]), Buffer.from('?"}')]);
    for (const [route, auth] of [['/api/ask', false], ['/api/import', true]] as const) {
      const response = await send(route, bytes, auth);
      expect(response.status).toBe(400);
      const answer = await response.json();
      expect(answer.error.code).toBe('BAD_REQUEST');
      expect(answer.error.position).toMatchObject({ offset: 26, line: 1, column: 27 });
    }
  });

  it('gives an import syntax error its position, and accepts a BOM', async () => {
    const response = await send('/api/import', '{"nodes": [\n  {"key": "x",}\n]}', true);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'BAD_REQUEST', position: { line: 2, column: 15 } });
    const bom = await send('/api/import', '\ufeff{"nodes": []}', true);
    expect(bom.status).toBe(200);
  });

  it('keeps the 1 MB limit and its code on the small bodies', async () => {
    const response = await send('/api/ask', JSON.stringify({ question: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
