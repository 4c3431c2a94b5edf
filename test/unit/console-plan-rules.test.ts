// The console's plan rules on their own (server/console/planRules.ts), on Neo4j 5.26's real plans kept as
// fixtures (test/fixtures/plans, written by capture.ts): every refused form is refused by its operators alone,
// wherever the operator sits in the tree; every read passes; the query type and the database are rules of
// their own; and the planning answer fails closed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_PROCEDURES } from '../../server/config.ts';
import { checkPlan, checkPlanningAnswer, procedureNameOf, splitOperator, type PlanLike, type PlanningAnswer } from '../../server/console/planRules.ts';
import { procedureMatcher } from '../../server/console/service.ts';
import { PLAN_FORMS } from '../fixtures/plans/forms.ts';

interface Fixture {
  name: string;
  query: string;
  expect: 'refuse' | 'pass';
  queryType?: string;
  database?: string;
  plan?: PlanLike;
  error?: string;
}

const dir = path.join(import.meta.dirname, '../fixtures/plans');
const fixtures: Fixture[] = PLAN_FORMS.map((form) => JSON.parse(fs.readFileSync(path.join(dir, `${form.name}.json`), 'utf8')) as Fixture);
const planned = fixtures.filter((f) => f.plan);
const refused = planned.filter((f) => f.expect === 'refuse');
const reads = planned.filter((f) => f.expect === 'pass');
const context = { procedureAllowed: procedureMatcher(CONSOLE_PROCEDURES), database: 'neo4j' };

/** Every operator name in a plan, children included. */
const operators = (plan: PlanLike): string[] => [splitOperator(plan.operatorType).operator, ...(plan.children ?? []).flatMap(operators)];
const op = (operatorType: string, children: PlanLike[] = [], args: Record<string, unknown> = {}): PlanLike => ({ operatorType, arguments: args, children });

describe('the fixtures', () => {
  it('hold a plan or a planning error for every form, and enough of each kind', () => {
    expect(fixtures.map((f) => f.name)).toEqual(PLAN_FORMS.map((f) => f.name));
    for (const f of fixtures) expect(Boolean(f.plan) !== Boolean(f.error), f.name).toBe(true);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(reads.length).toBeGreaterThanOrEqual(14);
    // The forms Neo4j will not plan here are refused by Neo4j itself (and never reach the plan rules).
    for (const f of fixtures.filter((x) => x.error)) {
      expect(f.expect, f.name).toBe('refuse');
      expect(f.error).toBe('Neo.ClientError.Statement.UnsupportedAdministrationCommand');
    }
  });
});

describe('checkPlan on real plans', () => {
  it.each(refused.map((f) => [f.name, f] as const))('refuses %s by its operators alone', (_, f) => {
    expect(checkPlan(f.plan!, 'r', context)).toMatch(/console/);
    expect(checkPlan(f.plan!, f.queryType, context)).toMatch(/console/);
  });

  it.each(reads.map((f) => [f.name, f] as const))('lets %s through', (_, f) => {
    expect(f.queryType).toBe('r');
    expect(checkPlan(f.plan!, f.queryType, context)).toBeUndefined();
  });

  it('finds the refused operator in a second child (LOAD CSV or dbms.listConfig under UNWIND … CALL (i) { … })', () => {
    for (const name of ['load-csv-in-unwind-call', 'list-config-correlated', 'union-write-second', 'union-load-csv-second']) {
      const plan = fixtures.find((f) => f.name === name)!.plan!;
      // The first child of every operator, all the way down, holds nothing refused: only a full walk finds it.
      let first: PlanLike | undefined = plan;
      const firstChain: string[] = [];
      while (first) {
        firstChain.push(splitOperator(first.operatorType).operator);
        first = first.children?.[0];
      }
      expect(firstChain.some((o) => /LoadCSV|ProcedureCall|Create/.test(o)), name).toBe(false);
      expect(checkPlan(plan, 'r', context), name).toMatch(/console/);
    }
  });

  it('names what it refuses: LOAD CSV, batches, FOREACH, administration, writes, procedures', () => {
    const reason = (name: string) => checkPlan(fixtures.find((f) => f.name === name)!.plan!, 'r', context)!;
    expect(reason('load-csv-in-unwind-call')).toContain('LOAD CSV');
    expect(reason('in-transactions-read')).toContain('IN TRANSACTIONS');
    expect(reason('foreach-create')).toContain('FOREACH');
    expect(reason('terminate-transactions')).toContain('TerminateTransactions');
    expect(reason('show-settings-yield-alias')).toContain('ShowSettings');
    expect(reason('write-in-call')).toContain('SetProperty');
    expect(reason('list-config-correlated')).toContain('dbms.listConfig');
    expect(reason('create-label-procedure')).toContain('db.createLabel');
    // SHOW USERS runs on the system database: refused for that first.
    expect(reason('show-users-yield-alias')).toContain('"system"');
  });

  it('walks every child of every operator, however deep and wide', () => {
    const leaf = (name: string) => op(`${name}@neo4j`);
    const reads3 = () => [leaf('Argument'), leaf('NodeByLabelScan'), leaf('AllNodesScan')];
    expect(checkPlan(op('ProduceResults@neo4j', [op('Apply@neo4j', reads3()), op('Apply@neo4j', reads3())]), 'r', context)).toBeUndefined();
    for (const bad of ['LoadCSV', 'Create', 'ShowUsers', 'TransactionForeach']) {
      const wide = op('ProduceResults@neo4j', [op('Apply@neo4j', reads3()), op('Union@neo4j', [...reads3(), op('Apply@neo4j', [...reads3(), leaf(bad)])])]);
      expect(checkPlan(wide, 'r', context), bad).toMatch(/console/);
    }
  });
});

describe('each rule on its own', () => {
  const refuses = (operator: string) => checkPlan(op(`${operator}@neo4j`), 'r', context);

  it.each([
    'LoadCSV',
    'TransactionForeach',
    'TransactionApply',
    'Foreach',
    'AdministrationCommand',
    'TerminateTransactions',
    'ShowUsers',
    'ShowSettings',
    'ShowTransactions',
    'ShowIndexesAndMore',
    'ShowConstraintsAndMore',
    'ShowFunctionsAndMore',
    'ShowProceduresAndMore',
    'Create',
    'Merge',
    'LockingMerge',
    'SetProperty',
    'SetLabels',
    'RemoveLabels',
    'Delete',
    'DetachDelete',
    'DropIndex',
    'Insert',
    'DoNothingIfExistsForIndex',
  ])('refuses the operator %s', (operator) => {
    expect(refuses(operator)).toMatch(/console/);
  });

  it.each(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures', 'NodeByLabelScan', 'Expand(All)', 'Apply', 'Projection', 'Argument'])(
    'lets the operator %s through',
    (operator) => {
      expect(refuses(operator)).toBeUndefined();
    },
  );

  it('refuses a query Neo4j classifies as a write, and only those', () => {
    const read = reads[0]!.plan!;
    expect(checkPlan(read, 'rw', context)).toMatch(/write/);
    expect(checkPlan(read, 'w', context)).toMatch(/write/);
    expect(checkPlan(read, 'r', context)).toBeUndefined();
    expect(checkPlan(read, 's', context)).toBeUndefined();
    expect(checkPlan(read, undefined, context)).toBeUndefined();
  });

  it('refuses an operator that runs on another database, and any when no database is named', () => {
    expect(checkPlan(op('NodeByLabelScan@system'), 'r', context)).toContain('"system"');
    expect(checkPlan(op('ProduceResults@neo4j', [op('Apply@neo4j', [op('Argument@neo4j'), op('AllNodesScan@other')])]), 'r', context)).toContain('"other"');
    expect(checkPlan(op('NodeByLabelScan@system'), 'r', { procedureAllowed: () => true })).toBeUndefined();
    expect(checkPlan(op('NodeByLabelScan'), 'r', context)).toBeUndefined();
  });

  it('lets allowed procedures through and refuses the rest, and a procedure call it cannot name', () => {
    const call = (details: unknown) => checkPlan(op('ProcedureCall@neo4j', [], details === undefined ? {} : { Details: details }), 'r', context);
    expect(call('db.labels() :: (label :: STRING)')).toBeUndefined();
    expect(call('`db`.`labels`() :: (label :: STRING)')).toBeUndefined();
    expect(call('DB.LABELS() :: (label :: STRING)')).toBeUndefined();
    expect(call('db.createLabel($autostring_0) :: ()')).toContain('db.createLabel');
    expect(call(undefined)).toContain('(unnamed)');
    expect(call(42)).toContain('(unnamed)');
    expect(call('no parenthesis')).toContain('(unnamed)');
    // The allowlist is asked with the name in lower case.
    const lowerOnly = { procedureAllowed: (name: string) => name === 'db.labels', database: 'neo4j' };
    expect(checkPlan(op('ProcedureCall@neo4j', [], { Details: 'DB.Labels() :: (label :: STRING)' }), 'r', lowerOnly)).toBeUndefined();
  });
});

describe('plan helpers', () => {
  it('splits "Operator@database" at the last "@"', () => {
    expect(splitOperator('NodeByLabelScan@neo4j')).toEqual({ operator: 'NodeByLabelScan', database: 'neo4j' });
    expect(splitOperator('Odd@name@db')).toEqual({ operator: 'Odd@name', database: 'db' });
    expect(splitOperator('Plain')).toEqual({ operator: 'Plain' });
    expect(splitOperator('Trailing@')).toEqual({ operator: 'Trailing', database: '' });
    expect(splitOperator('@db')).toEqual({ operator: '', database: 'db' });
  });

  it('reads the procedure name from the details', () => {
    expect(procedureNameOf('db.labels() :: (label :: STRING)')).toBe('db.labels');
    expect(procedureNameOf('  `db`.`index`.`fulltext`.queryNodes ($a, $b)')).toBe('db.index.fulltext.queryNodes');
    expect(procedureNameOf('(x)')).toBeUndefined();
    expect(procedureNameOf('db.labels')).toBeUndefined();
    expect(procedureNameOf('two words()')).toBeUndefined();
    expect(procedureNameOf(null)).toBeUndefined();
  });

  it('every read fixture is made of operators the rules know to be reads', () => {
    const all = new Set(reads.flatMap((f) => operators(f.plan!)));
    expect([...all]).toEqual(expect.arrayContaining(['ProcedureCall', 'ShowIndexes', 'Apply', 'Union']));
  });
});

describe('checkPlanningAnswer', () => {
  const answer = (change: Partial<PlanningAnswer> = {}): PlanningAnswer => ({ plan: op('ProduceResults@neo4j'), queryType: 'r', records: 0, profiled: false, updates: false, systemUpdates: false, ...change });

  it('accepts a plan of a read and nothing else', () => {
    expect(checkPlanningAnswer(answer())).toBeUndefined();
  });

  // The reason is shown to the person: it says what the planning call did.
  it.each<[string, Partial<PlanningAnswer>, RegExp]>([
    ['no plan', { plan: undefined }, /no plan/],
    ['a profile', { profiled: true }, /profile/],
    ['a record', { records: 2 }, /returned 2 record/],
    ['updates', { updates: true }, /updates/],
    ['system updates', { systemUpdates: true }, /updates/],
    ['a write query type', { queryType: 'rw' }, /"rw"/],
    ['a schema query type', { queryType: 's' }, /"s"/],
    ['no query type', { queryType: undefined }, /"unknown"/],
  ])('refuses an answer with %s', (_, change, says) => {
    const reason = checkPlanningAnswer(answer(change));
    expect(reason).toMatch(/refused/);
    expect(reason).toMatch(says);
  });
});
