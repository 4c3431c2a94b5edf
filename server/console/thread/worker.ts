// A console worker thread: opens its own one-connection pool from the recipe it was given and answers the server's
// requests with the console repository's calls. A huge answer is decoded here, not on the server's event loop; the
// server ends this thread (worker.terminate) at the wall clock, and its memory is capped (resourceLimits).
import { parentPort, workerData } from 'node:worker_threads';
import { openRecipe } from '../../db/driver.ts';
import { AppError, toPlainAppError } from '../../errors.ts';
import { directSession } from '../session.ts';
import type { ThreadAnswer, ThreadData, ThreadRequest } from './messages.ts';

const { recipe } = workerData as ThreadData;
const session = directSession(openRecipe(recipe));

function perform(request: ThreadRequest): Promise<unknown> {
  switch (request.op) {
    case 'explain':
      return session.explain(request.text, request.params, request.timeoutMs);
    case 'stream':
      return session.stream(request.text, request.params, request.limits);
    case 'functions':
      return session.functions();
    case 'captionRules':
      return session.captionRules();
  }
}

function failureOf(id: number, error: unknown): ThreadAnswer {
  if (error instanceof AppError) return { id, error: toPlainAppError(error) };
  const { name = 'Error', message = String(error), stack } = (error ?? {}) as Partial<Error>;
  return { id, failure: { name, message, stack } };
}

parentPort!.on('message', (request: ThreadRequest) => {
  perform(request).then(
    (value) => parentPort!.postMessage({ id: request.id, value } satisfies ThreadAnswer),
    (error: unknown) => parentPort!.postMessage(failureOf(request.id, error)),
  );
});
parentPort!.postMessage({ ready: true } satisfies ThreadAnswer);
