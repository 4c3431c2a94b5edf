// The Host header allowlist, for the page and the API: loopback names (any port) and the configured public
// names. A page on another site that rebinds its own name to 127.0.0.1 (DNS rebinding) still sends its own
// name as Host, so it gets 421 HOST_NOT_ALLOWED instead of the graph.
import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const HOST_HEADER = /^(\[[0-9a-f:.]*\]|[^:[\]]+)(?::\d{0,5})?$/;

/**
 * The name a Host header carries, lower case, without port or final dot ("[::1]:3000" → "[::1]",
 * "Example.org.:80" → "example.org"); undefined for a missing or malformed header.
 */
export function hostName(header: string | undefined): string | undefined {
  const match = HOST_HEADER.exec((header ?? '').trim().toLowerCase());
  if (!match) return undefined;
  return match[1]!.replace(/\.$/, '');
}

/** Whether a Host header names this server: a loopback name or one of `publicHosts`, on any port. */
export function isAllowedHost(header: string | undefined, publicHosts: readonly string[]): boolean {
  const name = hostName(header);
  return name !== undefined && (LOOPBACK_NAMES.includes(name) || publicHosts.includes(name));
}

export function hostCheck(publicHosts: readonly string[]): RequestHandler {
  const allowed = [...LOOPBACK_NAMES, ...publicHosts].join(', ');
  return (req, _res, next) => {
    const header = req.headers.host;
    if (isAllowedHost(header, publicHosts)) return next();
    next(
      new AppError(
        'HOST_NOT_ALLOWED',
        `This server does not answer to the host name ${JSON.stringify(header ?? '')}; it answers to ${allowed}. ` +
          'To reach it under another name, add that name to PUBLIC_HOSTS.',
      ),
    );
  };
}
