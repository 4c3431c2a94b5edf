// The API's JSON body parser: express.raw reads the bytes (size limit, gzip/deflate, its 413 error as before),
// then server/loader/json.ts decodes and parses them strictly. Compared with express.json: a key given twice,
// bytes that are not UTF-8 and nesting past a limit are refused (400 BAD_REQUEST), and every refusal carries
// error.position (line, column, offset). A body that is not application/json is left unparsed, as before.
import express, { type RequestHandler } from 'express';
import { AppError } from './errors.ts';
import { decodeUtf8, JsonTextError, parseJson } from './loader/json.ts';

export interface JsonBodyOptions {
  /** As body-parser writes it: '1mb', '50mb'. */
  limit: string;
  /** Deepest nesting of objects and arrays (default 256). */
  maxDepth?: number;
  /** Keep the decoded text in res.locals.jsonText (the import places its problems in it). */
  keepText?: boolean;
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

export function jsonBody(options: JsonBodyOptions): RequestHandler {
  const raw = express.raw({ type: 'application/json', limit: options.limit });
  return (req, res, next) => {
    raw(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (!Buffer.isBuffer(req.body)) return next();
      const charset = CHARSET.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') return next(new AppError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.'));
      try {
        const text = decodeUtf8(req.body);
        if (options.keepText) res.locals.jsonText = text;
        if (text.trim() === '') req.body = {};
        else {
          const first = text.trimStart()[0];
          if (first !== '{' && first !== '[') throw new JsonTextError('BAD_SYNTAX', { line: 1, column: 1, offset: 0 }, 'the body must be a JSON object or list');
          req.body = parseJson(text, { maxDepth: options.maxDepth });
        }
        next();
      } catch (fault) {
        if (!(fault instanceof JsonTextError)) return next(fault);
        req.body = undefined;
        next(new AppError('BAD_REQUEST', `The request body is not valid JSON: ${fault.message}.`, { position: fault.position }));
      }
    });
  };
}
