// Test access to the real databases started by the global setup.
import { inject } from 'vitest';
import { createDriver, Database } from '../../server/db/driver.ts';
import { parseConfig, type Config } from '../../server/config.ts';

export function mainDatabase(): Database {
  return new Database(createDriver(inject('neo4jUri'), inject('neo4jUsername'), inject('neo4jPassword')), inject('neo4jDatabase') || undefined);
}

export function moviesDatabase(): Database {
  return new Database(createDriver(inject('moviesUri'), 'neo4j', ''));
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ NEO4J_URI: inject('neo4jUri'), PORT: '0', LOG_LEVEL: 'silent', ...overrides });
}
