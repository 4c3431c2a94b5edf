// createApp({ db, config, logger }) → an Express app. No port here: server/index.ts listens, tests use it directly.
// Order: security headers and body limits → feature routers → static client → the one error handler.
import express, { type ErrorRequestHandler, type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { PROJECT_ROOT } from './config.ts';
import type { ApiError } from './contract.ts';
import type { Database } from './db/driver.ts';
import { AppError, fromDriverError } from './errors.ts';
import { healthRoutes } from './health/routes.ts';
import { graphRoutes } from './graph/routes.ts';
import { schemaRoutes } from './schema/routes.ts';
import { consoleRoutes } from './console/routes.ts';
import { askRoutes } from './ask/routes.ts';
import { silentLogger, type Logger } from './log.ts';
import { cors } from './cors.ts';
import { rateLimit } from './rateLimit.ts';
import { hostCheck } from './hostCheck.ts';
import { IMPORT_PATH, importRoutes } from './import/routes.ts';
import { jsonBody } from './jsonBody.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  logger?: Logger;
  /** Start the console's threads now, one after another, rather than at the first queries (the server does; tests need not). */
  warmConsole?: boolean;
}

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'dist', 'client');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function createApp(deps: AppDeps): Express {
  const logger = deps.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: each would hash the whole JSON body, and graph answers are not fetched twice alike
  // (static files keep theirs: express.static makes its own).
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const started = performance.now();
    res.on('finish', () => {
      logger.debug('request', { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) });
    });
    next();
  });
  app.use(hostCheck(deps.config.publicHosts));
  app.use('/api', cors(deps.config.corsOrigins));
  app.use('/api/cypher', rateLimit(deps.config.rateLimit));
  app.use('/api/ask', rateLimit(deps.config.rateLimit));
  // The import route parses its own (larger) body, after checking the write token.
  app.use(importRoutes(deps));
  const smallJson = jsonBody({ limit: '1mb' });
  app.use('/api', (req, res, next) => (req.originalUrl.startsWith(IMPORT_PATH) ? next() : smallJson(req, res, next)));

  // Feature routers: one line each.
  app.use(healthRoutes(deps));
  app.use(graphRoutes(deps));
  app.use(schemaRoutes(deps));
  app.use(consoleRoutes(deps));
  app.use(askRoutes(deps));

  app.use('/api', (req, _res, next) => next(new AppError('NOT_FOUND', `No API route ${req.method} ${req.path}.`)));

  if (fs.existsSync(CLIENT_DIST)) {
    // Source maps carry the full sources: never served, even if a build made some.
    app.use((req, _res, next) => next(/\.map$/i.test(req.path) ? new AppError('NOT_FOUND', 'Source maps are not served.') : undefined));
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build` (npm start does it for you).');
    });
  }

  app.use(errorHandler(logger));
  return app;
}

/** The one place where errors become HTTP responses: { error: { code, message } } with a 4xx/5xx status. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error, `${req.method} ${req.path}`);
    if (appError.status >= 500) logger.error('request failed', { path: req.path, code: appError.code, message: appError.message, cause: String(error?.cause ?? error) });
    const body: ApiError = { error: { code: appError.code, message: appError.message, ...(appError.position ? { position: appError.position } : {}) } };
    if (res.headersSent) return res.end();
    res.status(appError.status).json(body);
  };
}

/** body-parser's limit in bytes, as a person writes it: 1048576 → "1 MB". */
function megabytes(bytes: number | undefined): string {
  if (!bytes) return 'size';
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function toAppError(error: unknown, route: string): AppError {
  const fromDriver = fromDriverError(error);
  if (fromDriver) return fromDriver;
  const status = (error as { status?: number; type?: string })?.status;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than the ${megabytes((error as { limit?: number }).limit)} limit of ${route}.`);
  if (type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
  if (typeof status === 'number' && status >= 400 && status < 500) return new AppError('BAD_REQUEST', (error as Error).message || 'Bad request.');
  return new AppError('INTERNAL', 'Something went wrong on the server. It was logged.', { cause: error });
}
