// npm run index [-- --dry-run]: creates a full-text index per label over the keys search uses (its caption and
// identifying keys), so search reads the index instead of scanning. A write into the database: it runs only when
// the person runs this command, prints each statement, and does nothing for a label already covered.
// The database is the one NEO4J_URI names, or else the local DBMS (the same choice as `npm start`).
import { ConfigError, parseConfig } from '../config.ts';
import { connect } from '../db/runtime.ts';
import { LocalNeo4jError } from '../db/localNeo4j.ts';
import { createLogger } from '../log.ts';
import { createSearchIndexes } from './searchIndexes.ts';

const say = (line: string) => process.stdout.write(line + '\n');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length) {
    process.stderr.write(`Unknown argument(s): ${unknown.join(' ')}\nUsage: npm run index [-- --dry-run]\n`);
    process.exit(2);
  }
  const dryRun = args.includes('--dry-run');
  const config = parseConfig();
  const connection = await connect(config, createLogger('warn'), say);
  try {
    say(`Database: ${connection.local ? `local Neo4j (${config.local.dataDir})` : connection.uri}${config.neo4j.database ? `, database "${config.neo4j.database}"` : ''}`);
    const steps = await createSearchIndexes(connection.db, { dryRun, say });
    const created = steps.filter((s) => s.action === 'create').length;
    if (steps.length === 0) say('No label with nodes: nothing to index.');
    else say(dryRun ? `${created} index(es) would be created; nothing written (--dry-run).` : `${created} index(es) created and online; ${steps.length - created} label(s) needed none.`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  process.stderr.write(`${known ? '' : 'Creating indexes failed: '}${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
