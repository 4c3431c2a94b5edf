// Hints for a script statement Neo4j refused: the Neo4j 5 form of common Neo4j 4 writing, and what to do when
// LOAD CSV may not read a local file. Pure: the statement, Neo4j's message and where the script runs.

export interface HintContext {
  /** The folder given with --import-dir (the local DBMS then reads file:/// URLs there). */
  importDir?: string;
  /** NEO4J_URI, when the script runs on a server named there rather than on the local DBMS. */
  remoteUri?: string;
}

interface HintRule {
  applies(text: string, message: string, context: HintContext): boolean;
  hint(text: string, context: HintContext): string;
}

const FILE_URLS_REFUSED = /allow_csv_import_from_file_urls|file URLs? (?:are|is) not allowed|allow_file_urls/i;

const RULES: HintRule[] = [
  {
    applies: (_text, message) => FILE_URLS_REFUSED.test(message),
    hint: (_text, context) =>
      context.remoteUri
        ? `the server at ${context.remoteUri} reads file:/// URLs only from its own import folder (server.directories.import), and only if it allows them ` +
          '(dbms.security.allow_csv_import_from_file_urls=true): copy the CSV files into that folder, or load into the local DBMS (NEO4J_URI unset) with --import-dir DIR'
        : 'LOAD CSV reads local files only from an import folder: run again with --import-dir DIR, the folder that holds the CSV files (file:///products.csv is then DIR/products.csv)',
  },
  {
    applies: (text, message, context) => Boolean(context.importDir) && /file:/i.test(text) && /Couldn't load the external resource|cannot load|not found|No such file/i.test(message),
    hint: (_text, context) => `file:/// URLs are read inside the import folder ${context.importDir}: file:///name.csv is ${context.importDir}/name.csv`,
  },
  {
    applies: (text, message) => /\bexists\s*\(\s*[A-Za-z_`][^()]*\.[^()]+\)/i.test(text) && /exists|Invalid input|SyntaxError|no longer supported/i.test(message),
    hint: () => 'Neo4j 5 writes the property test exists(n.prop) as n.prop IS NOT NULL (and a pattern test as EXISTS { (n)-->() })',
  },
  {
    applies: (text, message) => /(?:[=(,:\[]|\bIN|\bLIMIT|\bSKIP)\s*\{\s*[A-Za-z_]\w*\s*\}/i.test(text) && /Invalid input '\{'|Invalid input '}'|Invalid input/i.test(message),
    hint: () => 'Neo4j 4 parameters {name} are written $name in Neo4j 5 (a script has no parameters: put the value in the statement)',
  },
  {
    applies: (_text, message) => /procedure with the name `db\.(indexes|constraints)`/i.test(message),
    hint: () => 'db.indexes() and db.constraints() are gone in Neo4j 5: SHOW INDEXES and SHOW CONSTRAINTS',
  },
  {
    applies: (_text, message) => /procedure with the name `apoc\./i.test(message) || /Unknown function 'apoc\./i.test(message),
    hint: () => 'APOC is not part of the local Neo4j: write it in Cypher (apoc.periodic.iterate → CALL { … } IN TRANSACTIONS, apoc.create.relationship → CREATE with a fixed type), or load into a server that has APOC',
  },
  {
    applies: (_text, message) => /Unknown function 'distance'/i.test(message),
    hint: () => 'Neo4j 5 calls distance(a, b) point.distance(a, b)',
  },
  {
    applies: (text, message) => /\bUSING\s+PERIODIC\s+COMMIT\b/i.test(text) && /PERIODIC|Invalid input/i.test(message),
    hint: () => 'Neo4j 5 writes USING PERIODIC COMMIT n LOAD CSV … AS row … as LOAD CSV … AS row CALL { WITH row … } IN TRANSACTIONS OF n ROWS',
  },
];

/** Hints to add to Neo4j's message for this statement, if known cases apply (all of them: one statement may hold several). */
export function hintFor(text: string, message: string, context: HintContext = {}): string | undefined {
  const hints = RULES.filter((rule) => rule.applies(text, message, context)).map((rule) => rule.hint(text, context));
  return hints.length ? hints.join('; ') : undefined;
}
