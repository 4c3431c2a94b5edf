// Cypher scripts (`npm run load -- --cypher FILE`): split into statements at ";" (outside strings, quoted names
// and comments), old Neo4j 4.x schema syntax translated to 5.x with a note, statements Neo4j 5 no longer has
// refused with the way forward, every statement checked with EXPLAIN before the first one runs, then run in order.

export interface ScriptStatement {
  /** 1-based position in the script. */
  number: number;
  /** Line where the statement starts. */
  line: number;
  /** Offset in the file of the statement's first character: Neo4j's offsets in `text` map back to the file. */
  offset: number;
  /** Comments are blanked with spaces (line breaks kept), so every character sits where it sits in the file. */
  text: string;
  /** Rewritten from Neo4j 4.x syntax: offsets inside it no longer match the file. */
  translated?: boolean;
}

export interface ScriptNote {
  line: number;
  /** 1-based column, when the place is known to the character. */
  column?: number;
  message: string;
}

/** 1-based line and column of an offset in a text; "\r\n", "\r" and "\n" each end a line, as in an editor. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const breaks = before.match(/\r\n?|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: before.length - lastBreak };
}

/** Where the comment starting at `i` ends (exclusive). A line comment ends at "\r" as well as "\n", as in Neo4j. */
function commentEnd(script: string, i: number): number {
  if (script[i + 1] === '*') {
    const close = script.indexOf('*/', i + 2);
    return close < 0 ? script.length : close + 2;
  }
  const lineEnd = script.slice(i).search(/[\r\n]/);
  return lineEnd < 0 ? script.length : i + lineEnd;
}

/** Statements of a script, with the line and offset each starts at. Comments are blanked; strings kept as written. */
export function splitStatements(script: string): ScriptStatement[] {
  const statements: ScriptStatement[] = [];
  let current = '';
  let start = 0;
  let quote: string | undefined;
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const flush = (next: number) => {
    const lead = current.length - current.trimStart().length;
    const text = current.trim();
    if (text) statements.push({ number: statements.length + 1, line: lineAndColumn(script, start + lead).line, offset: start + lead, text });
    current = '';
    start = next;
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (quote) {
      current += ch;
      if (ch === '\\' && quote !== '`') current += script[++i] ?? '';
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '/' && (script[i + 1] === '/' || script[i + 1] === '*')) {
      const end = commentEnd(script, i);
      current += blank(script.slice(i, end));
      i = end - 1;
      continue;
    }
    if (ch === ';') {
      flush(i + 1);
      continue;
    }
    if (ch === '\'' || ch === '"' || ch === '`') quote = ch;
    current += ch;
  }
  flush(script.length);
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
    if (!requirement) {
      throw new Error(
        `a Neo4j 4.x constraint whose ASSERT clause cannot be translated: ${oneLine(assertion!)}. ` +
          `Neo4j 5 writes CREATE CONSTRAINT${name} FOR ${pattern!.trim()} REQUIRE … IS UNIQUE | IS NOT NULL | IS NODE KEY`,
      );
    }
    const translated = `CREATE CONSTRAINT${name} IF NOT EXISTS FOR ${pattern!.trim()} REQUIRE ${requirement}`;
    return { text: translated, note: translatedNote(text, translated) };
  }
  const index = INDEX_4X.exec(text);
  if (index) {
    const [, name = '', , label, props] = index;
    const properties = props!.split(',').map((p) => `n.${p.trim()}`).join(', ');
    const translated = `CREATE INDEX${name} IF NOT EXISTS FOR (n:${label}) ON (${properties})`;
    return { text: translated, note: translatedNote(text, translated) };
  }
  if (/^DROP\s+(CONSTRAINT|INDEX)\s+ON\b/is.test(text)) {
    throw new Error('Neo4j 4.x DROP … ON … is gone in Neo4j 5: drop by name (SHOW CONSTRAINTS / SHOW INDEXES, then DROP CONSTRAINT name IF EXISTS)');
  }
  const periodic = translatePeriodicCommit(text);
  if (periodic) return periodic;
  const fulltext = translateFulltextProcedure(text);
  if (fulltext) return fulltext;
  return { text };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const translatedNote = (from: string, to: string) => `translated Neo4j 4.x syntax "${oneLine(from)}" to "${oneLine(to)}"`;

const PERIODIC_COMMIT = new RegExp(
  `^USING\\s+PERIODIC\\s+COMMIT(?:\\s+(\\d+))?\\s+(LOAD\\s+CSV\\s+(?:WITH\\s+HEADERS\\s+)?FROM\\s+.+?\\s+AS\\s+(${NAME})(?:\\s+FIELDTERMINATOR\\s+(?:'[^']*'|"[^"]*"))?)\\s+(.+)$`,
  'is',
);

/** USING PERIODIC COMMIT n LOAD CSV … AS row <writes> → LOAD CSV … AS row CALL { WITH row <writes> } IN TRANSACTIONS OF n ROWS. */
function translatePeriodicCommit(text: string): { text: string; note: string } | undefined {
  if (!/^USING\s+PERIODIC\s+COMMIT\b/is.test(text)) return undefined;
  const match = PERIODIC_COMMIT.exec(text);
  if (!match || /\bRETURN\b/i.test(match[4]!)) {
    throw new Error('USING PERIODIC COMMIT is gone in Neo4j 5: write LOAD CSV … AS row CALL { WITH row … } IN TRANSACTIONS OF 1000 ROWS instead');
  }
  const [, rows = '1000', load, variable, body] = match;
  const translated = `${load!.trim()}\nCALL { WITH ${variable} ${body!.trim()} } IN TRANSACTIONS OF ${rows} ROWS`;
  return { text: translated, note: translatedNote(text, translated) };
}

const STRING = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`;
const FULLTEXT_PROCEDURE = new RegExp(
  `^CALL\\s+db\\.index\\.fulltext\\.create(Node|Relationship)Index\\s*\\(\\s*(${STRING})\\s*,\\s*\\[([^\\]]*)\\]\\s*,\\s*\\[([^\\]]*)\\]\\s*(,[^)]*)?\\)\\s*$`,
  'is',
);

const unquote = (literal: string) => literal.trim().slice(1, -1).replace(/\\(.)/g, '$1');
const backticked = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name.replace(/`/g, '``') + '`');
const stringList = (text: string) => (text.match(new RegExp(STRING, 'g')) ?? []).map(unquote);

/** CALL db.index.fulltext.createNodeIndex('name', ['A','B'], ['p']) → CREATE FULLTEXT INDEX name FOR (n:A|B) ON EACH [n.p]. */
function translateFulltextProcedure(text: string): { text: string; note: string } | undefined {
  if (!/db\.index\.fulltext\.create(Node|Relationship)Index/i.test(text)) return undefined;
  const match = FULLTEXT_PROCEDURE.exec(text);
  const form = 'CREATE FULLTEXT INDEX name FOR (n:Label) ON EACH [n.prop] (relationships: FOR ()-[r:TYPE]-() ON EACH [r.prop]; an analyzer: OPTIONS {indexConfig: {`fulltext.analyzer`: \'…\'}})';
  if (!match || match[5]) throw new Error(`db.index.fulltext.create…Index is gone in Neo4j 5: write ${form}`);
  const [, kind, name, tokens, properties] = match;
  const names = stringList(tokens!).map(backticked).join('|');
  const variable = kind!.toLowerCase() === 'node' ? 'n' : 'r';
  const pattern = variable === 'n' ? `(n:${names})` : `()-[r:${names}]-()`;
  const each = stringList(properties!).map((p) => `${variable}.${backticked(p)}`).join(', ');
  const translated = `CREATE FULLTEXT INDEX ${backticked(unquote(name!))} IF NOT EXISTS FOR ${pattern} ON EACH [${each}]`;
  return { text: translated, note: translatedNote(text, translated) };
}

/** Schema commands cannot be EXPLAINed; they are checked when they run. */
export function isSchemaCommand(text: string): boolean {
  return /^(CREATE|DROP)\s+(CONSTRAINT|INDEX|FULLTEXT\s+INDEX|RANGE\s+INDEX|TEXT\s+INDEX|POINT\s+INDEX|LOOKUP\s+INDEX|VECTOR\s+INDEX)\b/is.test(text) || /^SHOW\s/is.test(text);
}

/** cypher-shell commands (":begin", ":param …") are not Cypher. */
export function shellCommand(text: string): string | undefined {
  return text.startsWith(':') ? text.split(/\s/)[0] : undefined;
}
