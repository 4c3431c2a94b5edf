// Runs a Cypher script against the database: all statements are split, translated and checked (EXPLAIN) first;
// if any is wrong, every problem is reported with its line and nothing runs. Then each statement runs as its own
// auto-commit transaction, in order (so CALL { … } IN TRANSACTIONS works too).
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import { isSchemaCommand, shellCommand, splitStatements, translateStatement, type ScriptNote, type ScriptStatement } from './cypherScript.ts';

export class CypherScriptError extends Error {
  readonly code = 'CYPHER_SCRIPT_FAILED';
  constructor(
    readonly file: string,
    readonly problems: ScriptNote[],
    /** Statements that had already run when a statement failed (0 when checking failed). */
    readonly statementsRun = 0,
  ) {
    const lines = problems.map((p) => `${file}:${p.line}: ${p.message}`);
    const ran = statementsRun > 0 ? ` (${statementsRun} statement${statementsRun === 1 ? '' : 's'} before it had run and stay written)` : '; nothing was run';
    super(`The Cypher script cannot be run${ran}:\n${lines.join('\n')}`);
    this.name = 'CypherScriptError';
  }
}

export interface ScriptResult {
  statements: number;
  notes: ScriptNote[];
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  constraintsAdded: number;
  indexesAdded: number;
  ms: number;
}

const SHELL_TRANSACTION_COMMANDS = [':begin', ':commit', ':rollback'];

/** Splits, translates and removes cypher-shell lines; returns statements to run, notes, and problems. */
export function prepareScript(script: string): { statements: ScriptStatement[]; notes: ScriptNote[]; problems: ScriptNote[] } {
  const notes: ScriptNote[] = [];
  const problems: ScriptNote[] = [];
  const statements: ScriptStatement[] = [];
  for (const statement of splitStatements(script)) {
    const lines = statement.text.split('\n');
    let line = statement.line;
    while (lines.length > 0 && shellCommand(lines[0]!.trim())) {
      const command = shellCommand(lines[0]!.trim())!;
      if (SHELL_TRANSACTION_COMMANDS.includes(command.toLowerCase())) notes.push({ line, message: `${command} ignored: each statement runs in its own transaction` });
      else problems.push({ line, message: `${command} is a cypher-shell command, not Cypher; remove it (parameters are not supported in scripts)` });
      lines.shift();
      line++;
    }
    const text = lines.join('\n').trim();
    if (!text) continue;
    try {
      const translated = translateStatement(text);
      if (translated.note) notes.push({ line, message: translated.note });
      statements.push({ number: statements.length + 1, line, text: translated.text });
    } catch (error) {
      problems.push({ line, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { statements, notes, problems };
}

export async function runCypherScript(db: Database, script: string, file: string, onStatement?: (done: number, total: number) => void): Promise<ScriptResult> {
  const started = Date.now();
  const { statements, notes, problems } = prepareScript(script);
  const session = db.driver.session(db.sessionConfig('WRITE'));
  const result: ScriptResult = { statements: statements.length, notes, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, constraintsAdded: 0, indexesAdded: 0, ms: 0 };
  try {
    for (const statement of statements) {
      if (isSchemaCommand(statement.text)) continue;
      try {
        await session.run(`EXPLAIN ${statement.text}`);
      } catch (error) {
        problems.push({ line: statement.line, message: messageOf(error) });
      }
    }
    if (problems.length > 0) throw new CypherScriptError(file, problems);
    let ran = 0;
    for (const statement of statements) {
      try {
        const summary = await session.run(statement.text).summary();
        const counters = summary.counters.updates();
        result.nodesCreated += counters.nodesCreated;
        result.relationshipsCreated += counters.relationshipsCreated;
        result.propertiesSet += counters.propertiesSet;
        result.constraintsAdded += counters.constraintsAdded;
        result.indexesAdded += counters.indexesAdded;
      } catch (error) {
        throw new CypherScriptError(file, [{ line: statement.line, message: `statement ${statement.number} failed: ${messageOf(error)}` }], ran);
      }
      ran++;
      onStatement?.(ran, statements.length);
    }
  } finally {
    await session.close();
  }
  result.ms = Date.now() - started;
  return result;
}

function messageOf(error: unknown): string {
  const mapped = fromDriverError(error);
  const text = mapped?.message ?? (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0]!;
}
