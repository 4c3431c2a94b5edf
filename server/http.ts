// Small HTTP helpers shared by every feature's routes: zod validation into AppErrors, async handlers.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { AppError } from './errors.ts';

/** Parses `input` with `schema`; a failure becomes a 400 VALIDATION_FAILED naming each field and problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' = 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : where;
    return `${field}: ${issue.message}`;
  });
  throw new AppError('VALIDATION_FAILED', `Invalid request ${where}: ${problems.join('; ')}`, { details: problems });
}

/** Wraps an async handler so a rejection reaches the error handler (Express 5 does this too; kept explicit). */
export function handle(fn: (req: Request, res: Response) => Promise<void> | void): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    Promise.resolve(fn(req, res)).catch(next);
  };
}
