// GET /api/schema → labels (with counts, caption key and properties), relationship types (with counts), property keys.
import { Router } from 'express';
import type { AppDeps } from '../app.ts';
import { handle } from '../http.ts';
import { readSchema } from './service.ts';

export function schemaRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get(
    '/api/schema',
    handle(async (_req, res) => {
      res.json(await readSchema(db));
    }),
  );
  return router;
}
