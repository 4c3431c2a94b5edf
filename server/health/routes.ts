// GET /api/health → { ok, neo4j: { version, edition, database } }; 503 with ok:false when Neo4j does not answer.
import { Router } from 'express';
import type { HealthResponse } from '../contract.ts';
import { fromDriverError, neo4jUnavailable } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import { handle } from '../http.ts';
import { readIdentity } from './repository.ts';

export function healthRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get(
    '/api/health',
    handle(async (_req, res) => {
      try {
        const neo4j = await readIdentity(db);
        const body: HealthResponse = { ok: true, neo4j };
        res.json(body);
      } catch (error) {
        const appError = fromDriverError(error) ?? neo4jUnavailable(error);
        const status = appError.status >= 500 ? 503 : appError.status;
        const body: HealthResponse = { ok: false, neo4j: null, error: { code: appError.code, message: appError.message } };
        res.status(status).json(body);
      }
    }),
  );
  return router;
}
