// Structured logs never carry credentials.
import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../server/log.ts';

describe('logs', () => {
  it('redacts user:password@ in URIs and secret-looking fields', () => {
    expect(redact('bolt://neo4j:hunter2@db:7687')).toBe('bolt://***@db:7687');
    expect(redact({ password: 'hunter2', nested: { writeToken: 'abc', ok: 'fine' } })).toEqual({ password: '***', nested: { writeToken: '***', ok: 'fine' } });
  });

  it('writes one JSON line per event at or above the level', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    logger.debug('hidden');
    logger.info('connected', { uri: 'neo4j://admin:secret@host', NEO4J_PASSWORD: 'secret' });
    expect(lines).toHaveLength(1);
    const event = JSON.parse(lines[0]!);
    expect(event).toMatchObject({ level: 'info', msg: 'connected', uri: 'neo4j://***@host', NEO4J_PASSWORD: '***' });
    expect(lines[0]).not.toContain('secret');
  });
});
