// Console service: the rules around a person's Cypher. In order: the text rules (no write, admin, LOAD CSV,
// IN TRANSACTIONS, USE; only allowlisted procedures and built-in functions), then Neo4j's own plan of it
// (EXPLAIN: checked operator by operator), then the run in a READ transaction with a timeout and a row limit.
// Refusals are CYPHER_REFUSED; Neo4j's errors keep Neo4j's code; positions point into the person's text.
import type { CypherExample, CypherRequest, CypherResponse, CypherRoutines, SourcePosition } from '../contract.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/driver.ts';
import { listNamedQueries } from '../db/queryFiles.ts';
import { AppError } from '../errors.ts';
import { toCypherParams } from './params.ts';
import { approvePlan, planApproved } from './approvedPlans.ts';
import { toCypherPlan } from './plan.ts';
import { checkComplexity } from './complexity.ts';
import { refusedCharacter, significant, tokenize } from './lexer.ts';
import { checkPlan, checkPlanningAnswer } from './planRules.ts';
import { readFunctions, readProcedures, type RoutineRow } from './repository.ts';
import { directSession, type ConsoleSession } from './session.ts';
import { positionAt, positionInOriginal, statementShape, type StatementShape } from './statement.ts';
import type { Token } from './lexer.ts';
import { checkTokens, type TextRulesContext } from './textRules.ts';
import { withCaptions } from '../schema/captions.ts';

export type ConsoleSettings = Config['console'];

/** Neo4j's codes for administration commands it will not even plan here: refused like the rest. */
const ADMIN_ERROR_CODES = new Set(['Neo.ClientError.Statement.UnsupportedAdministrationCommand', 'Neo.ClientError.Statement.NotSystemDatabaseError']);

const refused = (message: string, position?: SourcePosition) => new AppError('CYPHER_REFUSED', message, { position });

const matchers = new WeakMap<readonly string[], (name: string) => boolean>();

/** Allowlist entries are exact names or prefixes ending in "*", compared in lower case. Built once per list. */
export function procedureMatcher(allowlist: readonly string[]): (name: string) => boolean {
  let matcher = matchers.get(allowlist);
  if (!matcher) matchers.set(allowlist, (matcher = buildMatcher(allowlist)));
  return matcher;
}

function buildMatcher(allowlist: readonly string[]): (name: string) => boolean {
  const exact = new Set(allowlist.filter((entry) => !entry.endsWith('*')).map((entry) => entry.toLowerCase()));
  const prefixes = allowlist.filter((entry) => entry.endsWith('*')).map((entry) => entry.slice(0, -1).toLowerCase());
  return (name) => exact.has(name.toLowerCase()) || prefixes.some((prefix) => name.toLowerCase().startsWith(prefix));
}

/** Built-in functions never change while a server runs: read once per database handle. */
const functionsCache = new WeakMap<Database, Promise<RoutineRow[]>>();

/** `read`: how to read them (on the console's own connection, when there is one). */
function functionsOf(db: Database, read: () => Promise<RoutineRow[]> = () => readFunctions(db)): Promise<RoutineRow[]> {
  let cached = functionsCache.get(db);
  if (!cached) {
    cached = read();
    functionsCache.set(db, cached);
    cached.catch(() => functionsCache.delete(db));
  }
  return cached;
}

const builtInNamesCache = new WeakMap<RoutineRow[], Set<string>>();

async function builtInFunctionNames(db: Database, session: ConsoleSession): Promise<Set<string>> {
  const functions = await functionsOf(db, () => session.functions());
  let names = builtInNamesCache.get(functions);
  if (!names) builtInNamesCache.set(functions, (names = new Set(functions.filter((f) => f.builtIn).map((f) => f.name.toLowerCase()))));
  return names;
}

/** A console text read and found safe to tokenise and plan: its significant tokens and its statement's shape. */
export interface ConsoleText {
  tokens: Token[];
  shape: StatementShape;
}

/**
 * The checks that need nothing but the text (characters, emptiness, the size of its structure): run before the
 * request takes a console connection, so that a parser bomb is refused at once and never waits for a place.
 */
export function readConsoleText(query: string): ConsoleText {
  const refusedAt = refusedCharacter(query);
  if (refusedAt >= 0) {
    const code = query.codePointAt(refusedAt)!.toString(16).toUpperCase().padStart(4, '0');
    throw refused(
      `The query holds the character U+${code}, which the console refuses (control, format and line-separator characters read differently in Neo4j than they look): write it as a \\u escape inside a string, or pass the value as a parameter ($name).`,
      positionAt(query, refusedAt),
    );
  }
  const tokens = significant(tokenize(query));
  const shape = statementShape(query, tokens);
  if (!shape) throw new AppError('VALIDATION_FAILED', 'The query is empty: write a Cypher statement.');
  const tooComplex = checkComplexity(tokens);
  if (tooComplex) throw refused(tooComplex.message, positionAt(query, tooComplex.offset));
  return { tokens, shape };
}

/** The text rules (no write, admin, LOAD CSV…; allowlisted procedures and functions) on a text already read. */
function checkTextRules(query: string, text: ConsoleText, context: TextRulesContext): void {
  const textRefusal = checkTokens(text.tokens, context);
  if (textRefusal) throw refused(textRefusal.message, positionAt(query, textRefusal.offset));
}

/** The checks on the text alone, before anything reaches Neo4j: characters, size of its structure, then the text rules. */
export function checkConsoleText(query: string, context: TextRulesContext): { shape: StatementShape } {
  const text = readConsoleText(query);
  checkTextRules(query, text, context);
  return { shape: text.shape };
}

/**
 * `db` is the app's database (the caches are kept per database); `runOn` the session the person's query is
 * planned and run on (the console's own connection, see inFlight.ts); `text` the query already read, if it was.
 */
export async function runConsoleQuery(
  db: Database,
  settings: ConsoleSettings,
  request: CypherRequest,
  runOn: ConsoleSession = directSession(db),
  text: ConsoleText = readConsoleText(request.query),
): Promise<CypherResponse> {
  const { query } = request;
  const procedureAllowed = procedureMatcher(settings.procedures);
  const builtIns = await builtInFunctionNames(db, runOn);
  checkTextRules(query, text, { procedureAllowed, functionAllowed: (name) => builtIns.has(name) });
  const { shape } = text;
  const params = toCypherParams(request.params ?? {});

  // A text whose plan passed once is not planned again before it runs (the run is in a READ transaction anyway).
  const approval = { procedures: settings.procedures, text: shape.planText };
  if (shape.mode !== 'EXPLAIN' && planApproved(db, approval)) return runChecked(runOn, settings, shape.runText, params, shape);

  // "EXPLAIN " at offset 0: Neo4j only plans. The answer must prove it (a plan, nothing else) or the text is refused.
  const explained = await runOn.explain(shape.planText, params, settings.timeoutMs).catch((error: unknown) => {
    throw explainFailure(error, query, shape);
  });
  const planRefusal =
    checkPlanningAnswer(explained) ??
    checkPlan(explained.plan!, explained.queryType, { procedureAllowed, database: db.name ?? explained.database });
  if (planRefusal) throw refused(planRefusal);
  approvePlan(db, approval);

  if (shape.mode === 'EXPLAIN') {
    return {
      columns: explained.columns,
      rows: [],
      graph: { nodes: [], relationships: [] },
      truncated: false,
      limit: settings.rowLimit,
      timeMs: explained.timeMs,
      plan: toCypherPlan('EXPLAIN', explained.plan!),
    };
  }

  return runChecked(runOn, settings, shape.runText, params, shape);
}

/** Runs a query whose text and plan passed the checks. */
async function runChecked(
  runOn: ConsoleSession,
  settings: ConsoleSettings,
  query: string,
  params: Record<string, unknown>,
  shape: StatementShape,
): Promise<CypherResponse> {
  const limits = { timeoutMs: settings.timeoutMs, rowLimit: settings.rowLimit, budget: settings.budget, readToEnd: shape.mode === 'PROFILE' };
  const streamed = await runOn.stream(query, params, limits).catch((error: unknown) => {
    throw runFailure(error, settings);
  });
  // Nodes in rows, on the canvas and virtual ones are named as everywhere else (a schema node by its name).
  withCaptions(streamed.nodes, await runOn.captionRules());
  const response: CypherResponse = {
    columns: streamed.columns,
    rows: streamed.rows,
    graph: streamed.graph,
    truncated: streamed.truncated,
    limit: settings.rowLimit,
    cut: streamed.cut,
    budget: settings.budget,
    timeMs: streamed.timeMs,
  };
  if (streamed.virtual.nodes.length || streamed.virtual.relationships.length) response.virtual = streamed.virtual;
  if (shape.mode === 'PROFILE' && streamed.plan) response.plan = toCypherPlan('PROFILE', streamed.plan);
  return response;
}

/** A failure while planning: admin commands become refusals; positions move back to the person's text. */
function explainFailure(error: unknown, query: string, shape: StatementShape): unknown {
  if (!(error instanceof AppError)) return error;
  if (ADMIN_ERROR_CODES.has(error.code)) {
    return refused(`Administration commands are refused: the console only reads the graph and its schema. (${firstLine(error.message)})`);
  }
  if (!error.position) return error;
  const position = positionInOriginal(query, shape, error.position);
  return new AppError('CYPHER_FAILED', describeAt(error.message, query, position), { code: error.code, position, cause: error });
}

/** A failure while running: a timeout is reported with the console's limit, still with Neo4j's code. */
function runFailure(error: unknown, settings: ConsoleSettings): unknown {
  if (error instanceof AppError && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError('CYPHER_FAILED', `The query ran longer than the console's time limit of ${settings.timeoutMs} ms and was stopped.`, {
      code: error.code,
      cause: error,
    });
  }
  return error;
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

/** Neo4j's message with its position and excerpt rewritten for the person's text. */
function describeAt(message: string, query: string, position: SourcePosition): string {
  const headline = firstLine(message).replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
  const lineText = query.split('\n')[position.line - 1] ?? '';
  const caret = ' '.repeat(Math.max(0, position.column - 1)) + '^';
  return `${headline} (line ${position.line}, column ${position.column} (offset: ${position.offset}))\n"${lineText}"\n ${caret}`;
}

export async function listRoutines(db: Database, settings: ConsoleSettings): Promise<CypherRoutines> {
  const allowed = procedureMatcher(settings.procedures);
  const [procedures, functions] = await Promise.all([readProcedures(db), functionsOf(db)]);
  const strip = ({ name, signature, description }: RoutineRow) => ({ name, signature, description });
  return {
    procedures: procedures.filter((p) => allowed(p.name)).map(strip),
    functions: functions.filter((f) => f.builtIn).map(strip),
  };
}

export function listExamples(): CypherExample[] {
  return listNamedQueries().map(({ name, description, text }) => ({ name, description, text }));
}
