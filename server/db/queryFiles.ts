// Named Cypher files: cypher/queries/<name>.cypher and cypher/schema/<name>.cypher, read once and cached.
// Names are checked against a strict pattern, so no request can choose a path.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const NAME_PATTERN = /^(?:(schema|queries)\/)?[a-z0-9][a-z0-9-]*$/;
const cache = new Map<string, string>();

/** `name` is "search-entities" (from cypher/queries) or "schema/constraints". */
export function loadQuery(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME_PATTERN.test(name)) throw new Error(`Invalid query name "${name}": expected kebab-case, optionally under schema/ or queries/.`);
  const relative = name.includes('/') ? `${name}.cypher` : path.join('queries', `${name}.cypher`);
  const file = path.join(CYPHER_DIR, relative);
  if (!fs.existsSync(file)) throw new Error(`No Cypher file for query "${name}" (looked for ${path.relative(PROJECT_ROOT, file)}).`);
  const text = fs.readFileSync(file, 'utf8');
  cache.set(name, text);
  return text;
}

/** Every query under cypher/queries with its header comment: the console lists them as examples. */
export function listNamedQueries(): { name: string; description: string; text: string }[] {
  const dir = path.join(CYPHER_DIR, 'queries');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.cypher$/, '');
      const text = loadQuery(name);
      const description = text
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .map((line) => line.replace(/^\/\/\s?/, ''))
        .join('\n');
      return { name, description, text };
    });
}

/** Splits a schema file into statements (separated by ";" at the end of a line), comments removed. */
export function statementsOf(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}
