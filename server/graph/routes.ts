// Graph routes: paths and validation only; the service decides.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { handle, validate } from '../http.ts';
import { overview } from './service.ts';

const overviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(5000).default(300) }).strict();

export function graphRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get(
    '/api/overview',
    handle(async (req, res) => {
      const { limit } = validate(overviewQuery, req.query, 'query');
      res.json(await overview(db, limit));
    }),
  );
  return router;
}
