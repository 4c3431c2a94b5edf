// The token bucket: a burst passes, the next request is refused with RATE_LIMITED, tokens come back with time.
import { describe, expect, it } from 'vitest';
import { rateLimit } from '../../server/rateLimit.ts';

function call(handler: ReturnType<typeof rateLimit>, address: string) {
  let error: unknown;
  const headers: Record<string, string> = {};
  handler(
    { socket: { remoteAddress: address }, path: '/api/ask' } as never,
    { setHeader: (k: string, v: string) => (headers[k] = v) } as never,
    (e?: unknown) => (error = e),
  );
  return { error, headers };
}

describe('rateLimit', () => {
  it('lets a burst through, refuses the next, and refills over time', () => {
    let time = 0;
    const limiter = rateLimit({ burst: 3, perSecond: 1, now: () => time });
    for (let i = 0; i < 3; i++) expect(call(limiter, 'a').error).toBeUndefined();
    const refused = call(limiter, 'a');
    expect(refused.error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(refused.headers['Retry-After']).toBe('1');
    expect(call(limiter, 'b').error).toBeUndefined();
    time += 1000;
    expect(call(limiter, 'a').error).toBeUndefined();
  });

  it('keeps at most maxClients buckets', () => {
    const limiter = rateLimit({ burst: 1, perSecond: 0.1, maxClients: 2, now: () => 0 });
    call(limiter, 'a');
    call(limiter, 'b');
    call(limiter, 'c');
    // 'a' was dropped, so it gets a fresh bucket instead of a refusal.
    expect(call(limiter, 'a').error).toBeUndefined();
  });
});
