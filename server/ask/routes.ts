// POST /api/ask { question } → AskResponse. Paths and validation only; the service answers.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { handle, validate } from '../http.ts';
import { ask, MAX_QUESTION_LENGTH } from './service.ts';

const askBody = z
  .object({ question: z.string().trim().min(1, 'must not be empty').max(MAX_QUESTION_LENGTH, `must be at most ${MAX_QUESTION_LENGTH} characters`) })
  .strict();

export function askRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.post(
    '/api/ask',
    handle(async (req, res) => {
      const { question } = validate(askBody, req.body);
      res.json(await ask(db, question));
    }),
  );
  return router;
}
