// The write gate: endpoints that write need `Authorization: Bearer <WRITE_TOKEN>`. Without WRITE_TOKEN in the
// configuration, writing over HTTP is off. Tokens are compared in constant time and never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function requireWriteToken(writeToken: string | undefined): RequestHandler {
  const expected = writeToken ? digest(writeToken) : undefined;
  return (req, _res, next) => {
    if (!expected) {
      next(new AppError('FORBIDDEN', 'Writing over HTTP is off. Start the server with WRITE_TOKEN set (16+ characters) and send it as "Authorization: Bearer <token>".'));
      return;
    }
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      next(new AppError('UNAUTHORIZED', 'This endpoint writes to the database: send "Authorization: Bearer <WRITE_TOKEN>" with the configured token.'));
      return;
    }
    next();
  };
}
