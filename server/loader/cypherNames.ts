// Labels and relationship types cannot be query parameters, so the loader writes them into the query text.
// That is only done here, and only for names that match the strict patterns of format.ts (validated for the
// whole file before anything runs) and checked again here; they are then quoted with backticks.
import { LABEL_PATTERN, PROPERTY_NAME_PATTERN, TYPE_PATTERN } from './format.ts';
import { loadQuery } from '../db/queryFiles.ts';

function quoted(name: string, pattern: RegExp, what: string): string {
  if (!pattern.test(name)) throw new Error(`Refusing ${what} ${JSON.stringify(name)} in query text: it does not match ${pattern}.`);
  return '`' + name + '`';
}

export const quoteLabel = (label: string) => quoted(label, LABEL_PATTERN, 'label');
export const quoteType = (type: string) => quoted(type, TYPE_PATTERN, 'relationship type');
export const quoteProperty = (name: string) => quoted(name, PROPERTY_NAME_PATTERN, 'property name');

/**
 * A query file from cypher/queries with its __PLACEHOLDERS__ replaced by quoted names. Every placeholder in the
 * file must be given and every given one must occur, so a typo cannot leave a half-filled query.
 */
export function fillQuery(name: string, names: Record<string, string>): string {
  let text = loadQuery(name);
  for (const [placeholder, value] of Object.entries(names)) {
    const token = `__${placeholder}__`;
    if (!text.includes(token)) throw new Error(`Query "${name}" has no placeholder ${token}.`);
    text = text.split(token).join(value);
  }
  const left = /__[A-Z_]+__/.exec(text.replace(/^\/\/.*$/gm, ''));
  if (left) throw new Error(`Query "${name}": placeholder ${left[0]} was not filled.`);
  return text;
}
