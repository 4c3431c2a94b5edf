// The front door, pure parts: Host header names, console parameters (depth, 64-bit integers), the rate
// limiter's headers and message, and PUBLIC_HOSTS in the configuration.
import { describe, expect, it } from 'vitest';
import { hostName, isAllowedHost } from '../../server/hostCheck.ts';
import { MAX_PARAM_DEPTH, toCypherParams } from '../../server/console/params.ts';
import { rateLimit } from '../../server/rateLimit.ts';
import { ConfigError, parseConfig } from '../../server/config.ts';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};
const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

describe('Host header allowlist', () => {
  it('reads the name without port, case or final dot, and rejects malformed headers', () => {
    expect(hostName('LocalHost:3000')).toBe('localhost');
    expect(hostName('[::1]:8080')).toBe('[::1]');
    expect(hostName('graph.example.org.')).toBe('graph.example.org');
    expect(hostName('a:b:c')).toBeUndefined();
    expect(hostName('')).toBeUndefined();
  });

  it('allows loopback names on any port and the configured public names, nothing else', () => {
    for (const header of ['localhost', 'localhost:3000', '127.0.0.1:1', '[::1]:3000', '[::1]']) expect(isAllowedHost(header, [])).toBe(true);
    for (const header of ['evil.example:3000', 'evil.example', '127.0.0.2:3000', 'localhost.evil.example', '0.0.0.0:3000', undefined, '', '::1']) {
      expect(isAllowedHost(header, [])).toBe(false);
    }
    expect(isAllowedHost('Graph.Example.org:443', ['graph.example.org'])).toBe(true);
    expect(isAllowedHost('example.org', ['graph.example.org'])).toBe(false);
  });
});

describe('console parameters', () => {
  it('turns safe whole numbers into integers, $int into exact 64-bit integers, $float into floats', () => {
    expect(toCypherParams({ n: 10, f: 1.5, big: { $int: '9223372036854775807' }, small: { $int: -42 }, x: { $float: 3 } })).toEqual({
      n: 10n,
      f: 1.5,
      big: 9223372036854775807n,
      small: -42n,
      x: 3,
    });
    expect(toCypherParams({ list: [1, { a: 2 }] })).toEqual({ list: [1n, { a: 2n }] });
  });

  it('refuses integers outside 64 bits and bare whole numbers whose digits JSON lost', () => {
    expect(codeOf(() => toCypherParams({ n: { $int: '9999999999999999999' } }))).toBe('PARAM_INTEGER_OUT_OF_RANGE');
    expect(codeOf(() => toCypherParams({ n: { $int: '-9223372036854775809' } }))).toBe('PARAM_INTEGER_OUT_OF_RANGE');
    expect(codeOf(() => toCypherParams({ n: [{ m: 9999999999999999999 }] }))).toBe('PARAM_INTEGER_OUT_OF_RANGE');
    expect(codeOf(() => toCypherParams({ n: { $int: '12.5' } }))).toBe('VALIDATION_FAILED');
    expect(toCypherParams({ n: { $int: '-9223372036854775808' } })).toEqual({ n: -9223372036854775808n });
  });

  it('refuses values nested deeper than the limit, and takes them at the limit', () => {
    expect(codeOf(() => toCypherParams({ deep: nested(5000) }))).toBe('PARAMS_TOO_DEEP');
    expect(codeOf(() => toCypherParams({ deep: nested(MAX_PARAM_DEPTH) }))).toBe('PARAMS_TOO_DEEP');
    expect(codeOf(() => toCypherParams({ deep: nested(MAX_PARAM_DEPTH - 1) }))).toBe('no error');
  });
});

describe('rate limit headers', () => {
  const call = (handler: ReturnType<typeof rateLimit>) => {
    let error: unknown;
    const headers: Record<string, string> = {};
    handler(
      { socket: { remoteAddress: 'a' }, method: 'POST', baseUrl: '/api/cypher', path: '/' } as never,
      { setHeader: (k: string, v: string) => (headers[k] = v) } as never,
      (e?: unknown) => (error = e),
    );
    return { error: error as { code?: string; message?: string } | undefined, headers };
  };

  it('tells every answer the limit, what remains and when the bucket is full; a refusal names the endpoint', () => {
    let time = 0;
    const limiter = rateLimit({ burst: 2, perSecond: 0.5, now: () => time });
    const first = call(limiter);
    expect(first.error).toBeUndefined();
    expect(first.headers).toMatchObject({ 'RateLimit-Limit': '2', 'RateLimit-Remaining': '1', 'RateLimit-Reset': '2' });
    expect(call(limiter).headers['RateLimit-Remaining']).toBe('0');
    const refused = call(limiter);
    expect(refused.error?.code).toBe('RATE_LIMITED');
    expect(refused.error?.message).toContain('POST /api/cypher');
    expect(refused.headers).toMatchObject({ 'RateLimit-Remaining': '0', 'RateLimit-Reset': '4', 'Retry-After': '2' });
    time += 2000;
    expect(call(limiter).headers['RateLimit-Remaining']).toBe('0');
  });
});

describe('PUBLIC_HOSTS', () => {
  it('is required when the server is exposed, and read as lower-case names', () => {
    expect(() => parseConfig({ HOST: '0.0.0.0', EXPOSE: '1' })).toThrow(ConfigError);
    expect(parseConfig({ HOST: '0.0.0.0', EXPOSE: '1', PUBLIC_HOSTS: 'Graph.Example.org, 10.0.0.5' }).publicHosts).toEqual(['graph.example.org', '10.0.0.5']);
    expect(parseConfig({}).publicHosts).toEqual([]);
  });

  it('refuses names with a scheme, a port or a path', () => {
    for (const bad of ['https://graph.example.org', 'graph.example.org:443', 'graph.example.org/x', '*']) {
      expect(() => parseConfig({ PUBLIC_HOSTS: bad })).toThrow(/PUBLIC_HOSTS/);
    }
  });
});
