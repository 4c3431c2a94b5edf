// The one errors module: every error the app raises is an AppError with a stable code and an HTTP status.
// Services throw these; the error handler in app.ts is the only place that turns them into responses.
import type { SourcePosition } from './contract.ts';

export const ERROR_CODES = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  CYPHER_REFUSED: 400,
  CYPHER_FAILED: 400,
  UNKNOWN_LABEL: 400,
  UNKNOWN_RELATIONSHIP_TYPE: 400,
  PARAMS_TOO_DEEP: 400,
  PARAM_INTEGER_OUT_OF_RANGE: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  IMPORT_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HOST_NOT_ALLOWED: 421,
  RATE_LIMITED: 429,
  /** This client already has as many console queries in flight as it may. */
  CONSOLE_CLIENT_BUSY: 429,
  /** The console ran past its wall-clock limit and was answered by the explorer (Neo4j had not answered). */
  CONSOLE_TIMEOUT: 400,
  /** Reading the answer took more memory than the console's thread may use (one huge value). */
  CONSOLE_ANSWER_TOO_LARGE: 400,
  INTERNAL: 500,
  NEO4J_UNAVAILABLE: 503,
  /** Every console connection is running a query. */
  CONSOLE_BUSY: 503,
  /** The console thread the query ran on was ended because of another query on it (see consoleThread.ts): send again. */
  CONSOLE_INTERRUPTED: 503,
  IMPORT_INTERRUPTED: 503,
  QUERY_TIMEOUT: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;
  /** Where in a query text the error is; sent to the client as error.position. */
  readonly position?: SourcePosition;
  /** Seconds after which the same request may succeed (sent as Retry-After by the route that knows it). */
  readonly retryAfterSeconds?: number;

  constructor(
    kind: ErrorCode,
    message: string,
    options: { code?: string; details?: unknown; cause?: unknown; position?: SourcePosition; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.status = ERROR_CODES[kind];
    // A Neo4j error keeps Neo4j's own code (for example Neo.ClientError.Statement.SyntaxError).
    this.code = options.code ?? kind;
    this.details = options.details;
    this.position = options.position;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Neo4j puts the place of a syntax error in its message: "(line 2, column 5 (offset: 14))". */
export function positionInNeo4jMessage(message: string): SourcePosition | undefined {
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

export const badRequest = (message: string, details?: unknown) => new AppError('BAD_REQUEST', message, { details });
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

export const neo4jUnavailable = (cause?: unknown) =>
  new AppError(
    'NEO4J_UNAVAILABLE',
    'Neo4j is not answering. Check that the database is running (npm start starts a local one) or that NEO4J_URI points to a server that is up.',
    { cause },
  );

/** Codes of neo4j-driver errors that mean "the database cannot be reached", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
  gqlStatus?: unknown;
}

/** Maps an error thrown by neo4j-driver to an AppError; returns undefined for anything else. */
export function fromDriverError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (!error || typeof error !== 'object' || error.constructor?.name !== 'Neo4jError') return undefined;
  const { code, message } = error as DriverErrorShape;
  const neoCode = typeof code === 'string' ? code : 'Neo4jError';
  const text = typeof message === 'string' ? message : 'Neo4j error';
  if (UNAVAILABLE_CODES.has(neoCode)) return neo4jUnavailable(error);
  if (neoCode.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError('QUERY_TIMEOUT', `The query ran past the time limit and was stopped. ${text}`, { code: neoCode, cause: error });
  }
  if (neoCode.startsWith('Neo.ClientError.')) return new AppError('CYPHER_FAILED', text, { code: neoCode, cause: error, position: positionInNeo4jMessage(text) });
  if (neoCode.startsWith('Neo.TransientError.')) return new AppError('CYPHER_FAILED', text, { code: neoCode, cause: error });
  return new AppError('INTERNAL', text, { code: neoCode, cause: error });
}

/** An AppError as plain data, to cross a thread boundary (the console's worker threads) and come back whole. */
export interface PlainAppError {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  position?: SourcePosition;
  retryAfterSeconds?: number;
}

export function toPlainAppError(error: AppError): PlainAppError {
  const { status, code, message, details, position, retryAfterSeconds } = error;
  return { status, code, message, details, position, retryAfterSeconds };
}

/** The AppError again: same status, code, message and position (a status no kind has becomes INTERNAL). */
export function fromPlainAppError(plain: PlainAppError): AppError {
  const kind = (Object.keys(ERROR_CODES) as ErrorCode[]).find((candidate) => ERROR_CODES[candidate] === plain.status) ?? 'INTERNAL';
  const { code, details, position, retryAfterSeconds } = plain;
  return new AppError(kind, plain.message, { code, details, position, retryAfterSeconds });
}
