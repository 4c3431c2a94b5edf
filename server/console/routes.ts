// Cypher console routes: paths and validation only; the service decides.
//   POST /api/cypher             { query, params? } → CypherResponse (READ transaction, timeout, row limit, budget),
//                                on the console's own connections (worker threads), within its limits in flight
//                                (inFlight.ts); a text that cannot be read safely is refused before it takes a place
//   GET  /api/cypher/procedures  the procedures and functions a console query may call (for completion)
//   GET  /api/cypher/examples    the named queries of cypher/queries
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { handle, validate } from '../http.ts';
import { ConsoleConnections } from './inFlight.ts';
import { listExamples, listRoutines, readConsoleText, runConsoleQuery } from './service.ts';

const cypherBody = z
  .object({
    query: z.string().min(1, 'write a Cypher statement').max(100_000, 'at most 100,000 characters'),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export function consoleRoutes({ db, config, warmConsole }: AppDeps): Router {
  const router = Router();
  const connections = new ConsoleConnections(db, {
    ...config.console.inFlight,
    threads: config.console.threads,
    wallClockMs: config.console.wallClockMs,
    memoryMb: config.console.memoryMb,
  });
  db.onClose(() => connections.close());
  if (warmConsole) void connections.warm();
  router.post(
    '/api/cypher',
    handle(async (req, res) => {
      const request = validate(cypherBody, req.body);
      const client = req.socket.remoteAddress ?? 'unknown';
      const text = readConsoleText(request.query);
      try {
        res.json(await connections.run(client, (line) => runConsoleQuery(db, config.console, request, line, text)));
      } catch (error) {
        if (error instanceof AppError && error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
        throw error;
      }
    }),
  );
  router.get(
    '/api/cypher/procedures',
    handle(async (_req, res) => {
      res.json(await listRoutines(db, config.console));
    }),
  );
  router.get(
    '/api/cypher/examples',
    handle((_req, res) => {
      res.json(listExamples());
    }),
  );
  return router;
}
