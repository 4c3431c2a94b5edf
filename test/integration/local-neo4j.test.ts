// The local Neo4j launcher and the server's lifecycle: clear errors for a locked folder or a taken port,
// clean stop on SIGTERM, and no orphan Java process when the Node process is killed with SIGKILL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../server/db/localNeo4j.ts';
import { freePort } from '../helpers/ports.ts';
import { pidsWithCommandLine, waitForOutput, waitUntil } from '../helpers/processes.ts';

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lifecycle-'));
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

const baseOptions = { heap: '512m', pageCache: '64m', txTimeoutSeconds: 30, txMaxSize: '128m' };

describe('local Neo4j launcher', { timeout: 300_000 }, () => {
  it('refuses a second DBMS on the same data folder with a clear LOCKED error', async () => {
    const dataDir = path.join(tempRoot, 'locked');
    const first: LocalNeo4j = await startLocalNeo4j({ ...baseOptions, dataDir, port: await freePort() });
    try {
      const second = startLocalNeo4j({ ...baseOptions, dataDir, port: await freePort() });
      await expect(second).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(second).rejects.toMatchObject({ code: 'LOCKED' });
      await expect(second).rejects.toThrow(/NEO4J_DATA_DIR/);
    } finally {
      await first.stop();
    }
    expect(pidsWithCommandLine(`--home=${dataDir}`)).toEqual([]);
  });

  it('names NEO4J_LOCAL_PORT when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
    try {
      const attempt = startLocalNeo4j({ ...baseOptions, dataDir: path.join(tempRoot, 'port'), port });
      await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
      await expect(attempt).rejects.toThrow(/NEO4J_LOCAL_PORT/);
    } finally {
      blocker.close();
    }
  });
});

describe('server lifecycle with the local DBMS', { timeout: 300_000 }, () => {
  async function startServer(name: string) {
    const dataDir = path.join(tempRoot, name);
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_LOCAL_PORT: String(await freePort()), PORT: String(port), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForOutput(child, /Explorer ready on/, 150_000);
    return { child, dataDir, port, output };
  }

  it('prints progress, serves health, and stops Neo4j cleanly on SIGTERM', async () => {
    const { child, dataDir, port, output } = await startServer('sigterm');
    expect(output).toMatch(/Neo4j 5\.26\.\d+ community ready on bolt:\/\/127\.0\.0\.1:\d+ .* in [\d.]+ s/);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health.ok).toBe(true);
    expect(pidsWithCommandLine(`--home=${dataDir}`)).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pidsWithCommandLine(`--home=${dataDir}`)).toEqual([]);
  });

  it('leaves no orphan Java process when the Node process is killed with SIGKILL', async () => {
    const { child, dataDir } = await startServer('sigkill');
    const javaPids = pidsWithCommandLine(`--home=${dataDir}`);
    expect(javaPids).toHaveLength(1);
    child.kill('SIGKILL');
    await waitUntil(() => pidsWithCommandLine(`--home=${dataDir}`).length === 0, 60_000, 'the Java process to exit after its parent died');
    expect(pidsWithCommandLine(`--home=${dataDir}`)).toEqual([]);
  });

  it('starts the local Neo4j again when it dies under a running server, which then serves again', async () => {
    const { child, dataDir, port } = await startServer('supervised');
    try {
      const [javaPid] = pidsWithCommandLine(`--home=${dataDir}`);
      expect(javaPid).toBeDefined();
      process.kill(javaPid!, 'SIGKILL');
      await waitUntil(() => !pidsWithCommandLine(`--home=${dataDir}`).includes(javaPid!), 20_000, 'the Java process to die');
      const deadline = Date.now() + 90_000;
      let status = 0;
      while (Date.now() < deadline) {
        status = (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => ({ status: 0 }))).status;
        if (status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status).toBe(200);
      const pids = pidsWithCommandLine(`--home=${dataDir}`);
      expect(pids).toHaveLength(1);
      expect(pids[0]).not.toBe(javaPid);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(pidsWithCommandLine(`--home=${dataDir}`)).toEqual([]);
  });
});
