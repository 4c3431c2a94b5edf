// POST /api/import: loads a graph file (JSON body, up to 50 MB) into the database. Needs the write token.
// The body is read by the API's strict JSON reader, keeping its text so that problems name their line and column.
import { Router } from 'express';
import type { AppDeps } from '../app.ts';
import { handle } from '../http.ts';
import { requireWriteToken } from './auth.ts';
import { importGraph } from './service.ts';
import { jsonBody } from '../jsonBody.ts';

export const IMPORT_PATH = '/api/import';

export function importRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.post(
    IMPORT_PATH,
    requireWriteToken(config.writeToken),
    jsonBody({ limit: '50mb', maxDepth: 64, keepText: true }),
    handle(async (req, res) => {
      const stats = await importGraph(db, req.body, res.locals.jsonText as string | undefined);
      res.status(200).json({ loaded: stats });
    }),
  );
  return router;
}
