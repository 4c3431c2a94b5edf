// Runs a Cypher script against the database: all statements are split, translated and checked (EXPLAIN) first;
// if any is wrong, every problem is reported with its file line:column and nothing runs. Then each statement runs
// as its own auto-commit transaction, in order (so CALL { … } IN TRANSACTIONS works too); a failure then names
// what the statements before it wrote, which stays written.
import type { Database } from '../db/driver.ts';
import { fromDriverError } from '../errors.ts';
import { isSchemaCommand, lineAndColumn, shellCommand, splitStatements, translateStatement, type ScriptNote, type ScriptStatement } from './cypherScript.ts';
import { hintFor, type HintContext } from './scriptHints.ts';

/** What one statement changed, from Neo4j's counters. */
export interface StatementCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  constraintsAdded: number;
  indexesAdded: number;
}

/** A statement that ran and committed before a later one failed. */
export interface StatementDone {
  number: number;
  line: number;
  counts: StatementCounts;
}

export class CypherScriptError extends Error {
  readonly code = 'CYPHER_SCRIPT_FAILED';
  constructor(
    readonly file: string,
    readonly problems: ScriptNote[],
    /** Statements that had already run when a statement failed (0 when checking failed). */
    readonly statementsRun = 0,
    /** Those statements with what each wrote: they stay written. */
    readonly done: StatementDone[] = [],
    /** Whether the failure came while running (true) or while checking, before anything ran (false). */
    readonly running = false,
  ) {
    const lines = problems.map((p) => `${file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`);
    const ran =
      statementsRun > 0
        ? ` (${statementsRun} statement${statementsRun === 1 ? '' : 's'} before it had run and stay written: ${describeCounts(sumCounts(done.map((d) => d.counts)))})`
        : running
          ? ' (no statement before it had run)'
          : '; nothing was run';
    const each = done.slice(0, MAX_LISTED).map((d) => `  statement ${d.number} (${file}:${d.line}): ${describeCounts(d.counts)}`);
    if (done.length > MAX_LISTED) each.push(`  … and ${done.length - MAX_LISTED} more`);
    super(`The Cypher script cannot be run${ran}:\n${lines.join('\n')}${each.length ? `\nAlready written:\n${each.join('\n')}` : ''}`);
    this.name = 'CypherScriptError';
  }
}

const MAX_LISTED = 20;
const COUNT_NAMES: [keyof StatementCounts, string][] = [
  ['nodesCreated', 'nodes created'],
  ['nodesDeleted', 'nodes deleted'],
  ['relationshipsCreated', 'relationships created'],
  ['relationshipsDeleted', 'relationships deleted'],
  ['propertiesSet', 'properties set'],
  ['labelsAdded', 'labels added'],
  ['constraintsAdded', 'constraints added'],
  ['indexesAdded', 'indexes added'],
];

export function describeCounts(counts: StatementCounts): string {
  const parts = COUNT_NAMES.filter(([key]) => counts[key] > 0).map(([key, name]) => `${counts[key]} ${name}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

function sumCounts(all: StatementCounts[]): StatementCounts {
  const total = emptyCounts();
  for (const counts of all) for (const [key] of COUNT_NAMES) total[key] += counts[key];
  return total;
}

const emptyCounts = (): StatementCounts => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  constraintsAdded: 0,
  indexesAdded: 0,
});

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
    let skipped = 0;
    while (lines.length > 0 && shellCommand(lines[0]!.trim())) {
      const command = shellCommand(lines[0]!.trim())!;
      if (SHELL_TRANSACTION_COMMANDS.includes(command.toLowerCase())) notes.push({ line, message: `${command} ignored: each statement runs in its own transaction` });
      else problems.push({ line, message: `${command} is a cypher-shell command, not Cypher; remove it (parameters are not supported in scripts)` });
      skipped += lines.shift()!.length + 1;
      line++;
    }
    const rest = lines.join('\n');
    const text = rest.trim();
    if (!text) continue;
    const offset = statement.offset + skipped + (rest.length - rest.trimStart().length);
    const start = lineAndColumn(script, offset);
    try {
      const translated = translateStatement(text);
      if (translated.note) notes.push({ line: start.line, message: translated.note });
      statements.push({ number: statements.length + 1, line: start.line, offset, text: translated.text, ...(translated.note ? { translated: true } : {}) });
    } catch (error) {
      problems.push({ line: start.line, column: start.column, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { statements, notes, problems };
}

export interface ScriptOptions extends HintContext {
  onStatement?: (done: number, total: number) => void;
}

export async function runCypherScript(db: Database, script: string, file: string, options: ScriptOptions = {}): Promise<ScriptResult> {
  const started = Date.now();
  const { statements, notes, problems } = prepareScript(script);
  const session = db.driver.session(db.sessionConfig('WRITE'));
  const result: ScriptResult = { statements: statements.length, notes, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, constraintsAdded: 0, indexesAdded: 0, ms: 0 };
  const done: StatementDone[] = [];
  try {
    for (const statement of statements) {
      if (isSchemaCommand(statement.text)) continue;
      try {
        await session.run(`${EXPLAIN}${statement.text}`);
      } catch (error) {
        problems.push(problemAt(script, statement, error, EXPLAIN.length, options));
      }
    }
    if (problems.length > 0) throw new CypherScriptError(file, problems);
    for (const statement of statements) {
      try {
        const summary = await session.run(statement.text).summary();
        const counters = summary.counters.updates();
        const counts = Object.fromEntries(COUNT_NAMES.map(([key]) => [key, counters[key] ?? 0])) as unknown as StatementCounts;
        done.push({ number: statement.number, line: statement.line, counts });
        result.nodesCreated += counts.nodesCreated;
        result.relationshipsCreated += counts.relationshipsCreated;
        result.propertiesSet += counts.propertiesSet;
        result.constraintsAdded += counts.constraintsAdded;
        result.indexesAdded += counts.indexesAdded;
      } catch (error) {
        const problem = problemAt(script, statement, error, 0, options);
        const batches = /\bIN\s+TRANSACTIONS\b/i.test(statement.text) ? ' (its CALL { … } IN TRANSACTIONS batches before the failing one stay written)' : '';
        throw new CypherScriptError(file, [{ ...problem, message: `statement ${statement.number} failed${batches}: ${problem.message}` }], done.length, done, true);
      }
      options.onStatement?.(done.length, statements.length);
    }
  } finally {
    await session.close();
  }
  result.ms = Date.now() - started;
  return result;
}

const EXPLAIN = 'EXPLAIN ';
const NEO4J_POSITION = /\s*\(line \d+, column \d+ \(offset: (\d+)\)\)/;

/**
 * Neo4j's error for a statement, placed in the file: Neo4j's offset (in the text it was sent, `prefix` longer
 * than the statement) becomes the file's line:column; otherwise the statement's start. A hint is added when a
 * known Neo4j 4 form or a refused file URL is the cause.
 */
function problemAt(script: string, statement: ScriptStatement, error: unknown, prefix: number, context: HintContext): ScriptNote {
  const message = messageOf(error);
  const position = NEO4J_POSITION.exec(message);
  const inStatement = position && !statement.translated ? Math.max(0, Number(position[1]) - prefix) : 0;
  const place = lineAndColumn(script, statement.offset + inStatement);
  const hint = hintFor(statement.text, message, context);
  return { line: place.line, column: place.column, message: message.replace(NEO4J_POSITION, '') + (hint ? ` Hint: ${hint}.` : '') };
}
function messageOf(error: unknown): string {
  const mapped = fromDriverError(error);
  const text = mapped?.message ?? (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0]!;
}
