// parseConfig: defaults, coercion, and errors that name the variable and the fix.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/config.ts';

describe('parseConfig', () => {
  it('defaults to loopback, port 3000, the local DBMS on its own port', () => {
    const config = parseConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.local.port).toBe(17687);
    expect(config.local.port).not.toBe(7687);
    expect(config.corsOrigins).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads NEO4J_URI and its credentials, cluster schemes included', () => {
    const config = parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'kg' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'u', password: 'p', database: 'kg' });
  });

  it('gives the console a wall clock past Neo4j’s timeout, an answer budget and limits in flight, each settable', () => {
    const defaults = parseConfig({}).console;
    expect(defaults.wallClockMs).toBe(defaults.timeoutMs + 2000);
    expect(defaults.budget).toEqual({ bytes: 4 * 1048576, listItems: 1000, stringChars: 10_000 });
    expect(defaults.inFlight).toEqual({ total: 4, perClient: 2 });
    const set = parseConfig({
      QUERY_TIMEOUT_MS: '5000',
      QUERY_WALL_CLOCK_MS: '6000',
      QUERY_MAX_BYTES: '65536',
      QUERY_MAX_LIST_ITEMS: '10',
      QUERY_MAX_STRING_CHARS: '20',
      CONSOLE_CONNECTIONS: '3',
      CONSOLE_PER_CLIENT: '5',
    }).console;
    expect(set.wallClockMs).toBe(6000);
    expect(set.budget).toEqual({ bytes: 65536, listItems: 10, stringChars: 20 });
    // A client can never hold more than all the console's connections.
    expect(set.inFlight).toEqual({ total: 3, perClient: 3 });
    expect(() => parseConfig({ CONSOLE_CONNECTIONS: '0' })).toThrow(/CONSOLE_CONNECTIONS/);
  });

  it('spreads the console over one thread unless told otherwise, and never over more threads than connections', () => {
    expect(parseConfig({}).console.threads).toBe(1);
    expect(parseConfig({ CONSOLE_THREADS: '2' }).console.threads).toBe(2);
    expect(parseConfig({ CONSOLE_THREADS: '8', CONSOLE_CONNECTIONS: '3' }).console.threads).toBe(3);
    expect(() => parseConfig({ CONSOLE_THREADS: '0' })).toThrow(/CONSOLE_THREADS/);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('names each bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('NEO4J_URI');
    }
  });

  it('refuses to bind beyond loopback unless EXPOSE=1', () => {
    expect(() => parseConfig({ HOST: '0.0.0.0' })).toThrow(/EXPOSE=1/);
    expect(parseConfig({ HOST: '0.0.0.0', EXPOSE: '1', PUBLIC_HOSTS: 'graph.example.org' }).host).toBe('0.0.0.0');
  });

  it('splits CORS_ORIGINS and keeps a WRITE_TOKEN only if long enough', () => {
    expect(parseConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(() => parseConfig({ WRITE_TOKEN: 'short' })).toThrow(/WRITE_TOKEN/);
  });
});
