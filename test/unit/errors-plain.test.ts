// AppErrors as plain data across the console's thread boundary (errors.ts): what the server answers for an error
// raised in a console thread must be what it would answer had the error been raised in its own thread.
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, fromPlainAppError, toPlainAppError, type ErrorCode } from '../../server/errors.ts';

describe('AppError as plain data', () => {
  it('comes back with the same status, code, message, position, details and Retry-After, for every kind', () => {
    for (const kind of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const original = new AppError(kind, `a ${kind}`, { position: { offset: 4, line: 1, column: 5 }, details: { kind }, retryAfterSeconds: 3 });
      const plain = structuredClone(toPlainAppError(original));
      const back = fromPlainAppError(plain);
      expect(back).toBeInstanceOf(AppError);
      expect({ status: back.status, code: back.code, message: back.message, position: back.position, details: back.details, retry: back.retryAfterSeconds }).toEqual({
        status: ERROR_CODES[kind],
        code: kind,
        message: `a ${kind}`,
        position: { offset: 4, line: 1, column: 5 },
        details: { kind },
        retry: 3,
      });
    }
  });

  it('keeps a Neo4j code with the status it came with', () => {
    const syntax = new AppError('CYPHER_FAILED', 'Invalid input', { code: 'Neo.ClientError.Statement.SyntaxError' });
    const back = fromPlainAppError(structuredClone(toPlainAppError(syntax)));
    expect([back.status, back.code]).toEqual([400, 'Neo.ClientError.Statement.SyntaxError']);
  });

  it('turns a status no kind has into an internal error that keeps its code', () => {
    const back = fromPlainAppError({ status: 418, code: 'TEAPOT', message: 'short and stout' });
    expect([back.status, back.code, back.message]).toEqual([500, 'TEAPOT', 'short and stout']);
  });
});
