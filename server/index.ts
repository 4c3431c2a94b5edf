// The only file that listens. Starts (or connects to) Neo4j, seeds the local DBMS on first run, serves the app,
// and shuts everything down cleanly on SIGINT/SIGTERM.
import { ConfigError, parseConfig } from './config.ts';
import { createApp } from './app.ts';
import { IdentityCheckError, readIdentityPatiently } from './health/repository.ts';
import { createLogger, redact } from './log.ts';
import { connect, type Connection } from './db/runtime.ts';
import { LocalNeo4jError } from './db/localNeo4j.ts';
import { seedIfEmpty } from './loader/seed.ts';

const say = (line: string) => process.stdout.write(line + '\n');

async function main(): Promise<void> {
  const config = parseConfig();
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const connection: Connection = await connect(config, logger, say);
  try {
    const identity = await readIdentityPatiently(connection.db, String(redact(connection.uri)), {
      // A server named by NEO4J_URI that is down is served anyway (below): one quick try is enough there.
      tries: connection.local ? 5 : 1,
      onRetry: (attempt, error) => say(`Neo4j did not answer the start-up check (try ${attempt}: ${(error as { code?: string }).code ?? String(error)}); trying again…`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`Neo4j ${identity.version} ${identity.edition} ready on ${connection.uri} (database "${identity.database}") in ${seconds} s`);
  } catch (error) {
    // The local DBMS was started here and must answer. A server named by NEO4J_URI may come up later:
    // serve anyway, with 503 NEO4J_UNAVAILABLE until it does (the driver reconnects by itself).
    if (connection.local) throw error;
    const cause = error instanceof IdentityCheckError ? error.cause : error;
    const code = (cause as { code?: string }).code ?? 'unknown error';
    say(`Neo4j at ${redact(connection.uri)} does not answer yet (${code}); serving, with 503 until it does.`);
  }

  if (connection.local) {
    const seeded = await seedIfEmpty(connection.db, say);
    if (seeded) say(seeded);
  }

  const app = createApp({ db: connection.db, config, logger, warmConsole: true });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    say(`Explorer ready on http://${config.host === '127.0.0.1' ? 'localhost' : (config.publicHosts[0] ?? config.host)}:${port}`);
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    say(error.code === 'EADDRINUSE' ? `Port ${config.port} is taken: set PORT to a free port.` : `Server error: ${error.message}`);
    await connection.close();
    process.exit(1);
  });

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal}: stopping…`);
    server.close();
    server.closeAllConnections?.();
    await connection.close();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof IdentityCheckError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
