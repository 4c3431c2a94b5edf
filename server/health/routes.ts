// GET /api/health → { ok, neo4j: { version, edition, database } }; 503 with ok:false when Neo4j does not answer.
// Asked on a pool of its own (two connections), so a storm of heavy requests on the app's pool, or the console's
// queries on theirs, cannot make health wait for a connection and answer 503 while Neo4j is fine.
import { Router } from 'express';
import type { HealthResponse } from '../contract.ts';
import { fromDriverError, neo4jUnavailable } from '../errors.ts';
import type { AppDeps } from '../app.ts';
import type { Database } from '../db/driver.ts';
import { handle } from '../http.ts';
import { readIdentity } from './repository.ts';

const HEALTH_CONNECTIONS = 2;

export function healthRoutes({ db }: AppDeps): Router {
  const router = Router();
  let own: Database | undefined;
  router.get(
    '/api/health',
    handle(async (_req, res) => {
      try {
        own ??= db.openPool({ maxConnections: HEALTH_CONNECTIONS, acquisitionTimeoutMs: 5_000 });
        const neo4j = await readIdentity(own);
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
