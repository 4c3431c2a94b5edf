// The console's rules on the plan Neo4j made for the query (EXPLAIN, nothing run): whatever the text looked
// like, a plan that loads CSV, writes, administers, commits in batches or calls a procedure off the allowlist
// is refused. Works on the driver's plan shape: { operatorType: "Name@database", arguments, children }.

export interface PlanLike {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanLike[];
}

export interface PlanRulesContext {
  procedureAllowed(name: string): boolean;
  /** The database the console queries; every operator must run there. */
  database?: string;
}

const RULES: { pattern: RegExp; message: (operator: string) => string }[] = [
  { pattern: /^LoadCSV$/, message: () => 'LOAD CSV reads files and URLs outside the database: the console refuses it in every form.' },
  {
    pattern: /^(TransactionForeach|TransactionApply)$/,
    message: () => 'CALL { … } IN TRANSACTIONS commits in batches of its own: the console runs one read transaction.',
  },
  { pattern: /^Foreach$/, message: () => 'FOREACH exists to write to the graph: the console only reads.' },
  {
    pattern: /^(AdministrationCommand|Terminate.*|Show(?!Indexes$|Constraints$|Functions$|Procedures$).*)$/,
    message: (operator) => `${operator} administers the DBMS or reveals its administration: the console only reads the graph and its schema.`,
  },
  {
    pattern: /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Drop|Insert|DoNothingIfExists)/,
    message: (operator) => `The plan writes (${operator}): the console only reads.`,
  },
];

/** Splits "NodeByLabelScan@neo4j" into the operator and the database it runs on. */
export function splitOperator(operatorType: string): { operator: string; database?: string } {
  const at = operatorType.lastIndexOf('@');
  return at < 0 ? { operator: operatorType } : { operator: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
export function procedureNameOf(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  const match = /^\s*([^(\s]+)\s*\(/.exec(details);
  return match?.[1]?.replace(/`/g, '');
}

/** The reason to refuse this plan, or undefined when every operator may run. */
export function checkPlan(plan: PlanLike, queryType: string | undefined, context: PlanRulesContext): string | undefined {
  const pending: PlanLike[] = [plan];
  while (pending.length) {
    const node = pending.pop()!;
    const { operator, database } = splitOperator(node.operatorType);
    if (database && context.database && database !== context.database) {
      return `The plan runs on the database "${database}": the console queries "${context.database}" only.`;
    }
    for (const rule of RULES) if (rule.pattern.test(operator)) return rule.message(operator);
    if (operator === 'ProcedureCall') {
      const name = procedureNameOf(node.arguments?.['Details']);
      if (!name || !context.procedureAllowed(name.toLowerCase())) {
        return `The procedure ${name ?? '(unnamed)'} is not allowed in the console: only read-only procedures on the allowlist can be called.`;
      }
    }
    pending.push(...(node.children ?? []));
  }
  if (queryType === 'w' || queryType === 'rw') return 'Neo4j classifies this query as a write: the console only reads.';
  return undefined;
}

/** What the planning call answered, as far as proving it only planned goes. */
export interface PlanningAnswer {
  plan: PlanLike | undefined;
  queryType: string | undefined;
  records: number;
  profiled: boolean;
  updates: boolean;
  systemUpdates: boolean;
}

/**
 * Fails closed: the reason to refuse when the "plan" call did not prove that Neo4j only planned a read (no plan,
 * a profile, any record, any update, a query type other than read), or undefined when it did.
 */
export function checkPlanningAnswer(answer: PlanningAnswer): string | undefined {
  const unexpected = (what: string) => `The query was refused: planning it ${what}, so the console cannot prove it only reads.`;
  if (!answer.plan) return unexpected('gave no plan');
  if (answer.profiled) return unexpected('gave a profile (it ran)');
  if (answer.records > 0) return unexpected(`returned ${answer.records} record(s)`);
  if (answer.updates || answer.systemUpdates) return unexpected('reported updates');
  if (answer.queryType !== 'r') return unexpected(`was classified "${answer.queryType ?? 'unknown'}" by Neo4j, not as a read`);
  return undefined;
}
