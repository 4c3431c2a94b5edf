// Cypher scripts (`npm run load -- --cypher FILE`): split into statements at ";" (outside strings, quoted names
// and comments), old Neo4j 4.x schema syntax translated to 5.x with a note, statements Neo4j 5 no longer has
// refused with the way forward, every statement checked with EXPLAIN before the first one runs, then run in order.

export interface ScriptStatement {
  /** 1-based position in the script. */
  number: number;
  /** Line where the statement starts. */
  line: number;
  text: string;
}

export interface ScriptNote {
  line: number;
  message: string;
}

/** Statements of a script, with the line each starts on. Comments are dropped; strings are kept as written. */
export function splitStatements(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let current = '';
  let line = 1;
  let startLine = 1;
  let quote: string | undefined;
  const flush = () => {
    const text = current.trim();
    if (text) statements.push({ number: statements.length + 1, line: startLine, text });
    current = '';
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (!current.trim()) startLine = line;
    if (ch === '\n') line++;
    if (quote) {
      current += ch;
      if (ch === '\\' && quote !== '`') {
        const next = script[++i] ?? '';
        if (next === '\n') line++;
        current += next;
      } else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '/' && script[i + 1] === '/') {
      while (i < script.length && script[i] !== '\n') i++;
      if (i < script.length) {
        line++;
        current += '\n';
      }
      continue;
    }
    if (ch === '/' && script[i + 1] === '*') {
      const close = script.indexOf('*/', i + 2);
      const end = close < 0 ? script.length : close + 2;
      line += (script.slice(i, end).match(/\n/g) ?? []).length;
      current += ' ';
      i = end - 1;
      continue;
    }
    if (ch === ';') {
      flush();
      continue;
    }
    if (ch === '\'' || ch === '"' || ch === '`') quote = ch;
    current += ch;
  }
  flush();
  return statements;
}

const NAME = '(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)';
const CONSTRAINT_4X = new RegExp(`^CREATE\\s+CONSTRAINT(\\s+${NAME})?(\\s+IF\\s+NOT\\s+EXISTS)?\\s+ON\\s+(.+?)\\s+ASSERT\\s+(.+)$`, 'is');
const INDEX_4X = new RegExp(`^CREATE\\s+INDEX(\\s+${NAME})?(\\s+IF\\s+NOT\\s+EXISTS)?\\s+ON\\s+:(${NAME})\\s*\\(([^)]*)\\)\\s*$`, 'is');

function translateAssertion(assertion: string): string | undefined {
  const exists = /^exists\s*\(\s*([^)]+?)\s*\)$/is.exec(assertion.trim());
  if (exists) return `${exists[1]} IS NOT NULL`;
  if (/\bIS\s+(UNIQUE|NODE\s+KEY)\s*$/is.test(assertion)) return assertion.trim();
  return undefined;
}

/**
 * A statement in Neo4j 5 syntax: 4.x CREATE CONSTRAINT … ON … ASSERT and CREATE INDEX ON :Label(prop) are
 * rewritten (IF NOT EXISTS added so the script can run twice); statements Neo4j 5 removed without a direct
 * equivalent throw with the replacement to use.
 */
export function translateStatement(text: string): { text: string; note?: string } {
  const constraint = CONSTRAINT_4X.exec(text);
  if (constraint) {
    const [, name = '', , pattern, assertion] = constraint;
    const requirement = translateAssertion(assertion!);
    if (!requirement) throw new Error(`a Neo4j 4.x constraint whose ASSERT clause cannot be translated: ${assertion}`);
    const translated = `CREATE CONSTRAINT${name} IF NOT EXISTS FOR ${pattern!.trim()} REQUIRE ${requirement}`;
    return { text: translated, note: `translated Neo4j 4.x syntax "${oneLine(text)}" to "${translated}"` };
  }
  const index = INDEX_4X.exec(text);
  if (index) {
    const [, name = '', , label, props] = index;
    const properties = props!.split(',').map((p) => `n.${p.trim()}`).join(', ');
    const translated = `CREATE INDEX${name} IF NOT EXISTS FOR (n:${label}) ON (${properties})`;
    return { text: translated, note: `translated Neo4j 4.x syntax "${oneLine(text)}" to "${translated}"` };
  }
  if (/^DROP\s+(CONSTRAINT|INDEX)\s+ON\b/is.test(text)) {
    throw new Error('Neo4j 4.x DROP … ON … is gone in Neo4j 5: drop by name (SHOW CONSTRAINTS / SHOW INDEXES, then DROP CONSTRAINT name IF EXISTS)');
  }
  if (/^USING\s+PERIODIC\s+COMMIT/is.test(text)) {
    throw new Error('USING PERIODIC COMMIT is gone in Neo4j 5: write LOAD CSV … CALL { … } IN TRANSACTIONS instead');
  }
  if (/db\.index\.fulltext\.createNodeIndex|db\.index\.fulltext\.createRelationshipIndex/i.test(text)) {
    throw new Error('db.index.fulltext.create…Index is gone in Neo4j 5: use CREATE FULLTEXT INDEX name FOR (n:Label) ON EACH [n.prop]');
  }
  return { text };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Schema commands cannot be EXPLAINed; they are checked when they run. */
export function isSchemaCommand(text: string): boolean {
  return /^(CREATE|DROP)\s+(CONSTRAINT|INDEX|FULLTEXT\s+INDEX|RANGE\s+INDEX|TEXT\s+INDEX|POINT\s+INDEX|LOOKUP\s+INDEX|VECTOR\s+INDEX)\b/is.test(text) || /^SHOW\s/is.test(text);
}

/** cypher-shell commands (":begin", ":param …") are not Cypher. */
export function shellCommand(text: string): string | undefined {
  return text.startsWith(':') ? text.split(/\s/)[0] : undefined;
}
