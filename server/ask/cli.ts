// `npm run ask -- "who owns Youku?"`: asks the graph from the terminal. The database is the one NEO4J_URI names,
// or else the local DBMS (started here and seeded if empty, like `npm start`). When a running explorer holds the
// local database, the question goes to its POST /api/ask instead. `--json` prints the whole AskResponse.
import { ConfigError, parseConfig, type Config } from '../config.ts';
import type { AskResponse } from '../contract.ts';
import { LocalNeo4jError } from '../db/localNeo4j.ts';
import { connect } from '../db/runtime.ts';
import { AppError } from '../errors.ts';
import { seedIfEmpty } from '../loader/seed.ts';
import { createLogger } from '../log.ts';
import { ask, checkQuestion } from './service.ts';

const USAGE = 'Usage: npm run ask -- "who owns Youku?" [--json]';
const progress = (line: string) => process.stderr.write(line + '\n');

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((arg) => arg !== '--json');
  if (words.length === 0 || words.includes('--help') || words.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return words.length === 0 ? 2 : 0;
  }
  const question = checkQuestion(words.join(' '));
  const config = parseConfig();
  const response = await answer(config, question);
  process.stdout.write(json ? `${JSON.stringify(response, null, 2)}\n` : format(question, response));
  return 0;
}

async function answer(config: Config, question: string): Promise<AskResponse> {
  let connection;
  try {
    connection = await connect(config, createLogger('warn'), progress);
  } catch (error) {
    if (error instanceof LocalNeo4jError && error.code === 'LOCKED') return askRunningExplorer(config, question, error);
    throw error;
  }
  try {
    if (connection.local) {
      const seeded = await seedIfEmpty(connection.db, progress);
      if (seeded) progress(seeded);
    }
    return await ask(connection.db, question);
  } finally {
    await connection.close();
  }
}

/** The local database is in use by `npm start`: ask that explorer over HTTP. */
async function askRunningExplorer(config: Config, question: string, locked: LocalNeo4jError): Promise<AskResponse> {
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/api/ask`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  } catch {
    throw locked;
  }
  const body = (await response.json()) as AskResponse & { error?: { code: string; message: string } };
  if (!response.ok) throw new AppError('BAD_REQUEST', body.error?.message ?? `The explorer answered ${response.status}.`);
  progress(`(asked the running explorer at ${url})`);
  return body;
}

function format(question: string, response: AskResponse): string {
  const lines = [`Q: ${question}`, `A: ${response.answer}`];
  if (response.entities.length) {
    lines.push('', 'Entities:');
    for (const entity of response.entities) lines.push(`  ${entity.name} (${entity.labels.filter((l) => l !== 'Entity').join(', ')}) key=${entity.key}`);
  }
  if (response.evidence.length) {
    lines.push('', 'Evidence:');
    for (const item of response.evidence) lines.push(`  “${item.quote}” (${item.document}, sentence ${item.sentence})`);
  }
  if (response.cypher) {
    lines.push('', 'Cypher:', ...response.cypher.trimEnd().split('\n').map((line) => `  ${line}`), `Params: ${JSON.stringify(response.params)}`);
  }
  if (response.suggestions.length) {
    lines.push('', 'Try:');
    for (const suggestion of response.suggestions) lines.push(`  ${suggestion}`);
  }
  return lines.join('\n') + '\n';
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof AppError;
    process.stderr.write(`${known ? (error as Error).message : `Could not ask: ${error instanceof Error ? error.message : String(error)}`}\n`);
    process.exit(error instanceof AppError && error.status < 500 ? 2 : 1);
  },
);
