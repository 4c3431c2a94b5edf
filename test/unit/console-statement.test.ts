// Console statement shape (EXPLAIN / PROFILE / run, positions mapped back) and plan rules on plan-shaped data.
import { describe, expect, it } from 'vitest';
import { positionAt, positionInOriginal, statementShape } from '../../server/console/statement.ts';
import { checkPlan, checkPlanningAnswer, procedureNameOf } from '../../server/console/planRules.ts';
import { toCypherPlan } from '../../server/console/plan.ts';
import { toCypherParams } from '../../server/console/params.ts';

describe('statement shape', () => {
  it('puts EXPLAIN at offset 0 of the planned text, before comments and a CYPHER prefix, and runs the text as written', () => {
    expect(statementShape('MATCH (n) RETURN n')).toEqual({ mode: 'RUN', planText: 'EXPLAIN MATCH (n) RETURN n', runText: 'MATCH (n) RETURN n', shift: 8 });
    const text = '// hello\rLOAD CSV FROM $u AS l RETURN l /*\n*/';
    expect(statementShape(text)).toMatchObject({ mode: 'RUN', planText: 'EXPLAIN ' + text, runText: text });
    const prefixed = '// hello\nCYPHER runtime=slotted MATCH (n) RETURN n';
    expect(statementShape(prefixed)?.planText).toBe('EXPLAIN ' + prefixed);
  });

  it('keeps a person’s EXPLAIN after ours, blanks out their PROFILE and puts PROFILE first in the run text', () => {
    expect(statementShape('explain MATCH (n) RETURN n')).toMatchObject({ mode: 'EXPLAIN', planText: 'EXPLAIN explain MATCH (n) RETURN n' });
    expect(statementShape('  profile MATCH (n) RETURN n')).toMatchObject({
      mode: 'PROFILE',
      planText: `EXPLAIN ${' '.repeat(10)}MATCH (n) RETURN n`,
      runText: `PROFILE ${' '.repeat(10)}MATCH (n) RETURN n`,
    });
    expect(statementShape('CYPHER 5 CYPHER runtime=slotted PROFILE RETURN 1')).toMatchObject({
      mode: 'PROFILE',
      runText: 'PROFILE CYPHER 5 CYPHER runtime=slotted         RETURN 1',
    });
  });

  it('has no shape for an empty or comment-only text', () => {
    expect(statementShape('  // nothing\n/* here */ ')).toBeUndefined();
    expect(statementShape('// nothing\r')).toBeUndefined();
  });

  it('maps a position on the planned text back to the person’s text', () => {
    const text = 'MATCH (n)\nWHERE n.x = 1\nRETRUN n';
    const shape = statementShape(text)!;
    // Neo4j reports offset 32 on "EXPLAIN MATCH…": the R of RETRUN, 8 characters later than in the text.
    expect(positionInOriginal(text, shape, { offset: 32, line: 3, column: 1 })).toEqual({ offset: 24, line: 3, column: 1 });
    expect(positionInOriginal(text, shape, { offset: 3, line: 1, column: 4 })).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
  });
});

describe('planning answer (fail closed)', () => {
  const answer = { plan: { operatorType: 'ProduceResults@neo4j' }, queryType: 'r', records: 0, profiled: false, updates: false, systemUpdates: false };

  it('passes a plan and nothing else, for a read', () => {
    expect(checkPlanningAnswer(answer)).toBeUndefined();
  });

  it.each([
    ['no plan', { plan: undefined }],
    ['a profile', { profiled: true }],
    ['a record', { records: 1 }],
    ['updates', { updates: true }],
    ['system updates', { systemUpdates: true }],
    ['a schema query type', { queryType: 's' }],
    ['a write query type', { queryType: 'w' }],
    ['no query type', { queryType: undefined }],
  ])('refuses an answer with %s', (_what, change) => {
    expect(checkPlanningAnswer({ ...answer, ...change })).toBeDefined();
  });
});

describe('plan rules', () => {
  const allowed = (name: string) => name === 'db.labels';
  const plan = (operatorType: string, details = '', children: unknown[] = []) => ({ operatorType, arguments: { Details: details }, children }) as never;

  it('refuses writing, loading, batching and administering operators anywhere in the tree', () => {
    for (const operator of ['Create', 'MergeInto', 'SetProperty', 'RemoveLabels', 'DetachDelete', 'Foreach', 'LoadCSV', 'TransactionForeach', 'TransactionApply', 'CreateIndex', 'DropConstraint', 'AdministrationCommand', 'ShowSettings', 'ShowTransactions', 'TerminateTransactions', 'DoNothingIfExists(INDEX)']) {
      const tree = plan('ProduceResults@neo4j', '', [plan('Projection@neo4j', '', [plan(`${operator}@neo4j`)])]);
      expect(checkPlan(tree, 'r', { procedureAllowed: allowed, database: 'neo4j' }), operator).toBeDefined();
    }
  });

  it('lets read operators, allowed SHOW commands and allowlisted procedures through', () => {
    const tree = plan('ProduceResults@neo4j', '', [plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)', [plan('NodeByLabelScan@neo4j'), plan('ShowIndexes@neo4j')])]);
    expect(checkPlan(tree, 'r', { procedureAllowed: allowed, database: 'neo4j' })).toBeUndefined();
  });

  it('refuses procedures off the allowlist, other databases and write query types', () => {
    expect(checkPlan(plan('ProcedureCall@neo4j', 'dbms.listConfig() :: (name :: STRING)'), 's', { procedureAllowed: allowed })).toMatch(/dbms\.listConfig/);
    expect(checkPlan(plan('AllNodesScan@other'), 'r', { procedureAllowed: allowed, database: 'neo4j' })).toMatch(/other/);
    expect(checkPlan(plan('EmptyResult@neo4j'), 'w', { procedureAllowed: allowed })).toBeDefined();
    expect(procedureNameOf('`db`.labels() :: (label :: STRING)')).toBe('db.labels');
  });

  it('turns a profiled plan into the contract’s tree with db hits added up', () => {
    const profiled = {
      operatorType: 'ProduceResults@neo4j',
      identifiers: ['n'],
      arguments: { Details: 'n', EstimatedRows: 3, DbHits: 4n, Rows: 3n, runtime: 'SLOTTED' },
      dbHits: 4,
      rows: 3,
      children: [{ operatorType: 'AllNodesScan@neo4j', identifiers: ['n'], arguments: { Details: 'n' }, dbHits: 6, rows: 3, children: [] }],
    };
    const result = toCypherPlan('PROFILE', profiled);
    expect(result.totalDbHits).toBe(10);
    expect(result.root).toMatchObject({ operator: 'ProduceResults', details: 'n', estimatedRows: 3, rows: 3, dbHits: 4, arguments: { runtime: 'SLOTTED' } });
    expect(result.root.arguments).not.toHaveProperty('DbHits');
    expect(result.root.children[0]).toMatchObject({ operator: 'AllNodesScan', dbHits: 6 });
  });
});

describe('parameters', () => {
  it('sends whole numbers as integers and the rest as they are, all the way down', () => {
    // Beyond ±2^53 a bare number is refused (test/unit/front-door.test.ts): {"$int": "digits"} says it exactly.
    expect(toCypherParams({ limit: 10, ratio: 0.5, list: [1, 'a'], map: { n: -3, big: 2 ** 53 - 1, huge: { $float: 2 ** 60 } } })).toEqual({
      limit: 10n,
      ratio: 0.5,
      list: [1n, 'a'],
      map: { n: -3n, big: BigInt(2 ** 53 - 1), huge: 2 ** 60 },
    });
  });
});
