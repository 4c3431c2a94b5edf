// The console's rules on the query text, checked before Neo4j sees it: no write or administration clause,
// no LOAD CSV, no CALL { … } IN TRANSACTIONS, no USE of another database, only allowlisted procedures and
// built-in functions. Words inside strings, comments, property keys, labels and map keys are not clauses.
// The plan check (planRules.ts) looks again at what Neo4j planned; the READ transaction is the last guard.
import { significant, tokenize, type Token } from './lexer.ts';

export interface Refusal {
  message: string;
  /** Offset in the query text of the word refused. */
  offset: number;
}

export interface TextRulesContext {
  /** Is this procedure (lower case, dotted) allowed in CALL? */
  procedureAllowed(name: string): boolean;
  /** Is this namespaced function (lower case, dotted) one Neo4j has built in, or allowed? */
  functionAllowed(name: string): boolean;
}

const READ_ONLY = 'the console only reads';

/** Clause words that change the graph or the schema. */
const WRITE_WORDS: Record<string, string> = {
  CREATE: `CREATE changes the database: ${READ_ONLY}.`,
  MERGE: `MERGE writes to the graph: ${READ_ONLY}.`,
  SET: `SET writes to the graph: ${READ_ONLY}.`,
  REMOVE: `REMOVE writes to the graph: ${READ_ONLY}.`,
  DELETE: `DELETE writes to the graph: ${READ_ONLY}.`,
  DETACH: `DETACH DELETE writes to the graph: ${READ_ONLY}.`,
  NODETACH: `NODETACH DELETE writes to the graph: ${READ_ONLY}.`,
  INSERT: `INSERT writes to the graph: ${READ_ONLY}.`,
  FOREACH: `FOREACH exists to write to the graph: ${READ_ONLY}.`,
  DROP: `DROP changes the database: ${READ_ONLY}.`,
  ALTER: `ALTER administers the DBMS: ${READ_ONLY}.`,
  GRANT: `GRANT administers users and roles: ${READ_ONLY}.`,
  DENY: `DENY administers users and roles: ${READ_ONLY}.`,
  REVOKE: `REVOKE administers users and roles: ${READ_ONLY}.`,
};

/**
 * Administration words. A variable may carry one of these names (`MATCH (start)-->(end)`, `WITH 1 AS stop`), but
 * never where a clause starts, so they are refused there whatever follows.
 */
const ADMIN_WORDS = new Set(['START', 'STOP', 'ENABLE', 'RENAME', 'TERMINATE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN']);

/**
 * What SHOW may list: the schema and the routines, never users, roles, privileges, settings or transactions.
 * The words right after SHOW must read as one of these forms (modifiers, then the noun); what follows the noun
 * (YIELD, WHERE, aliases) is not looked at, so `SHOW USERS YIELD user AS index` does not pass for an index list.
 */
const SHOW_NOUNS = new Set(['INDEX', 'INDEXES', 'CONSTRAINT', 'CONSTRAINTS', 'FUNCTION', 'FUNCTIONS', 'PROCEDURE', 'PROCEDURES']);
const SHOW_MODIFIERS = new Set([
  'ALL', 'RANGE', 'FULLTEXT', 'TEXT', 'POINT', 'VECTOR', 'LOOKUP', 'BTREE', // indexes
  'NODE', 'RELATIONSHIP', 'REL', 'UNIQUE', 'UNIQUENESS', 'KEY', 'EXIST', 'EXISTS', 'EXISTENCE', 'PROPERTY', 'TYPE', 'PROP', // constraints
  'BUILT', 'BUILTIN', 'IN', 'USER', 'DEFINED', // functions
]);
/** Modifiers that are only modifiers with their partner right after (`USER DEFINED FUNCTIONS`, not `USER bob PRIVILEGES`). */
const SHOW_PAIRS: Record<string, string> = { USER: 'DEFINED', BUILT: 'IN' };

/** Words after which a keyword-looking word is a value (a variable), not a clause. */
const EXPRESSION_LEADERS = new Set([
  'AS', 'RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'UNWIND', 'YIELD', 'DISTINCT', 'BY', 'THEN', 'ELSE', 'WHEN',
  'CASE', 'IS', 'SKIP', 'LIMIT', 'OFFSET', 'CONTAINS', 'STARTS', 'ENDS',
]);
const EXPRESSION_PUNCT = new Set([',', '(', '[', '.', ':', '|', '&', '!', '+', '-', '*', '/', '%', '^', '=', '<', '>', '~']);
/** Words after which `*` is the whole projection (`WITH *`, `RETURN DISTINCT *`, `YIELD *`), not a product: a clause may follow it. */
const PROJECTION_LEADERS = new Set(['WITH', 'RETURN', 'DISTINCT', 'YIELD']);

const upper = (token: Token | undefined) => (token?.kind === 'word' ? token.name.toUpperCase() : '');

/** True when `tokens[i]` stands where a clause can start (not a property key, label, map key or operand). */
function inClausePosition(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.kind === 'punct' && next.text === ':') return false;
  if (!previous) return true;
  if (previous.kind === 'punct') return !EXPRESSION_PUNCT.has(previous.text) || (previous.text === '*' && PROJECTION_LEADERS.has(upper(tokens[i - 2])));
  if (previous.kind === 'word') return !EXPRESSION_LEADERS.has(previous.name.toUpperCase());
  return true;
}

/** Reads a dotted name (`db.index.fulltext.queryNodes`, with backticks allowed) starting at `i`. */
function dottedName(tokens: readonly Token[], i: number): { name: string; end: number } | undefined {
  const first = tokens[i];
  if (!first || (first.kind !== 'word' && first.kind !== 'quoted')) return undefined;
  const parts = [first.name];
  let j = i + 1;
  while (tokens[j]?.text === '.' && (tokens[j + 1]?.kind === 'word' || tokens[j + 1]?.kind === 'quoted')) {
    parts.push(tokens[j + 1]!.name);
    j += 2;
  }
  return { name: parts.join('.'), end: j };
}

/** The first refusal the text earns, or undefined when the text passes. */
export function checkQueryText(text: string, context: TextRulesContext): Refusal | undefined {
  return checkTokens(significant(tokenize(text)), context);
}

/** The same on tokens already read (comments dropped). */
export function checkTokens(tokens: readonly Token[], context: TextRulesContext): Refusal | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = upper(token);

    if (word && inClausePosition(tokens, i)) {
      const refusal = clauseRefusal(tokens, i, word);
      if (refusal) return { message: refusal, offset: token.start };
    }

    if (word === 'CALL' && inClausePosition(tokens, i)) {
      const called = dottedName(tokens, i + 1);
      if (called && !context.procedureAllowed(called.name.toLowerCase())) {
        return {
          message: `The procedure ${called.name} is not allowed in the console: only read-only procedures on the allowlist can be called (GET /api/cypher/procedures lists them).`,
          offset: tokens[i + 1]!.start,
        };
      }
      if (called) i = called.end - 1;
      continue;
    }

    // A namespaced function call, read from its first name (a name after "." is a property or a later part).
    if (tokens[i - 1]?.text !== '.') {
      const called = dottedName(tokens, i);
      if (called && called.name.includes('.') && tokens[called.end]?.text === '(' && !context.functionAllowed(called.name.toLowerCase())) {
        return {
          message: `The function ${called.name} is not allowed in the console: only Neo4j's built-in functions can be used.`,
          offset: token.start,
        };
      }
    }
  }
  return undefined;
}

function clauseRefusal(tokens: readonly Token[], i: number, word: string): string | undefined {
  const nextWord = upper(tokens[i + 1]);
  if (Object.hasOwn(WRITE_WORDS, word)) return WRITE_WORDS[word];
  if (ADMIN_WORDS.has(word)) return `${word} administers the DBMS: ${READ_ONLY}.`;
  if (word === 'LOAD' && nextWord === 'CSV') return 'LOAD CSV reads files and URLs outside the database: the console refuses it in every form.';
  if (word === 'USE') return 'USE switches to another database: the console queries the explorer\'s database only.';
  if (word === 'IN' && tokens[i - 1]?.text === '}') {
    // CALL { … } IN [n] [CONCURRENT] TRANSACTIONS; `COUNT { … } IN [list]` is an expression and passes.
    const following = [1, 2, 3].map((k) => upper(tokens[i + k]));
    if (following.includes('TRANSACTIONS') || following.includes('CONCURRENT')) {
      return 'CALL { … } IN TRANSACTIONS commits in batches of its own: the console runs one read transaction.';
    }
  }
  if (word === 'SHOW') {
    let j = i + 1;
    while (SHOW_MODIFIERS.has(upper(tokens[j])) && j < i + 5) {
      const partner = SHOW_PAIRS[upper(tokens[j])];
      if (partner && upper(tokens[j + 1]) !== partner) break;
      j += partner ? 2 : 1;
    }
    if (SHOW_NOUNS.has(upper(tokens[j]))) return undefined;
    const what = tokens.slice(i, i + 3).map((t) => t.text).join(' ');
    return `${what} reveals the DBMS's administration (users, roles, privileges, databases, settings or transactions): the console shows only indexes, constraints, functions and procedures.`;
  }
  return undefined;
}
