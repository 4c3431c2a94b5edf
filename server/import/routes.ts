// POST /api/import: loads a graph file (JSON body, up to 50 MB) into the database. Needs the write token.
import express, { Router } from 'express';
import type { AppDeps } from '../app.ts';
import { handle } from '../http.ts';
import { requireWriteToken } from './auth.ts';
import { importGraph } from './service.ts';

export const IMPORT_PATH = '/api/import';

export function importRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.post(
    IMPORT_PATH,
    requireWriteToken(config.writeToken),
    express.json({ limit: '50mb', strict: true }),
    handle(async (req, res) => {
      const stats = await importGraph(db, req.body);
      res.status(200).json({ loaded: stats });
    }),
  );
  return router;
}
