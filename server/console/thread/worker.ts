// A console worker thread: holds the lines the server opens on it (each a one-connection pool of its own, from the
// recipe it was sent) and answers the server's requests with the console repository's calls. A huge answer is
// decoded here, not on the server's event loop. Closing a line closes its driver, and with it the line's socket,
// so Neo4j ends the transaction; the server ends the whole thread (worker.terminate) when it cannot answer that.
import { parentPort } from 'node:worker_threads';
import { openRecipe, type Database } from '../../db/driver.ts';
import { AppError, toPlainAppError } from '../../errors.ts';
import { directSession, type ConsoleSession } from '../session.ts';
import type { ThreadAnswer, ThreadRequest } from './messages.ts';

interface Line {
  db: Database;
  session: ConsoleSession;
}

const lines = new Map<number, Line>();

function lineOf(id: number): ConsoleSession {
  const line = lines.get(id);
  if (!line) throw new Error(`The console thread has no line ${id} (closed, or never opened).`);
  return line.session;
}

async function perform(request: ThreadRequest): Promise<unknown> {
  switch (request.op) {
    case 'open': {
      const db = openRecipe(request.recipe);
      lines.set(request.line, { db, session: directSession(db) });
      return true;
    }
    case 'close': {
      const line = lines.get(request.line);
      lines.delete(request.line);
      await line?.db.close();
      return true;
    }
    case 'explain':
      return lineOf(request.line).explain(request.text, request.params, request.timeoutMs);
    case 'stream':
      return lineOf(request.line).stream(request.text, request.params, request.limits);
    case 'functions':
      return lineOf(request.line).functions();
    case 'captionRules':
      return lineOf(request.line).captionRules();
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
