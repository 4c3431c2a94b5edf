// Errors by kind and code: AppError statuses, and driver errors mapped by Neo4j's code.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, fromDriverError } from '../../server/errors.ts';

describe('errors', () => {
  it('gives each kind its status', () => {
    expect(new AppError('NOT_FOUND', 'x')).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(new AppError('NEO4J_UNAVAILABLE', 'x').status).toBe(503);
    expect(new AppError('CYPHER_FAILED', 'x', { code: 'Neo.ClientError.Statement.SyntaxError' })).toMatchObject({ status: 400, code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('maps driver errors by code: unavailable → 503, client errors → 400 with Neo4j code, timeouts → 504', () => {
    expect(fromDriverError(new Neo4jError('gone', 'ServiceUnavailable', 'N/A', 'N/A'))).toMatchObject({ status: 503, code: 'NEO4J_UNAVAILABLE' });
    expect(fromDriverError(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'))).toMatchObject({
      status: 400,
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    expect(fromDriverError(new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'N/A', 'N/A'))).toMatchObject({
      status: 504,
    });
    expect(fromDriverError(new Error('plain'))).toBeUndefined();
  });
});
