// Cypher console routes: paths and validation only; the service decides.
//   POST /api/cypher             { query, params? } → CypherResponse (READ transaction, timeout, row limit)
//   GET  /api/cypher/procedures  the procedures and functions a console query may call (for completion)
//   GET  /api/cypher/examples    the named queries of cypher/queries
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { handle, validate } from '../http.ts';
import { listExamples, listRoutines, runConsoleQuery } from './service.ts';

const cypherBody = z
  .object({
    query: z.string().min(1, 'write a Cypher statement').max(100_000, 'at most 100,000 characters'),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export function consoleRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.post(
    '/api/cypher',
    handle(async (req, res) => {
      res.json(await runConsoleQuery(db, config.console, validate(cypherBody, req.body)));
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
