// Rate limits for the expensive endpoints (console, ask): a token bucket per client address, in memory.
// A request over the limit gets 429 RATE_LIMITED with Retry-After; nothing is queued. Every answer carries the
// IETF draft's RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset (seconds until the bucket is full again)
// and RateLimit-Policy, so a client can pace itself before it is refused.
import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
  /** Buckets kept at most; the oldest are dropped first (bounded memory under many addresses). */
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function rateLimit(options: RateLimitOptions): RequestHandler {
  const buckets = new Map<string, Bucket>();
  const now = options.now ?? (() => Date.now());
  const maxClients = options.maxClients ?? 10_000;
  return (req, res, next) => {
    const client = req.socket.remoteAddress ?? 'unknown';
    const time = now();
    const bucket = buckets.get(client) ?? { tokens: options.burst, updated: time };
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((time - bucket.updated) / 1000) * options.perSecond);
    bucket.updated = time;
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    const refused = bucket.tokens < 1;
    if (!refused) bucket.tokens -= 1;
    res.setHeader('RateLimit-Policy', `${options.burst};w=${Math.ceil(options.burst / options.perSecond)}`);
    res.setHeader('RateLimit-Limit', String(options.burst));
    res.setHeader('RateLimit-Remaining', String(Math.floor(bucket.tokens)));
    res.setHeader('RateLimit-Reset', String(Math.ceil((options.burst - bucket.tokens) / options.perSecond)));
    if (refused) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / options.perSecond);
      res.setHeader('Retry-After', String(retryAfter));
      const endpoint = `${req.method} ${req.baseUrl}${req.path === '/' ? '' : req.path}`;
      next(
        new AppError(
          'RATE_LIMITED',
          `Too many requests to ${endpoint}: at most ${options.burst} in a burst, then ${options.perSecond} per second from one address. Try again in ${retryAfter} s.`,
        ),
      );
      return;
    }
    next();
  };
}
