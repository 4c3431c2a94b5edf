// EXPLAIN / PROFILE plans from the driver → the contract's PlanOperator tree (pure).
import type { CypherPlan, PlanOperator } from '../contract.ts';
import { toJson } from '../db/convert.ts';
import { splitOperator } from './planRules.ts';

export interface DriverPlan {
  operatorType: string;
  identifiers?: string[];
  arguments?: Record<string, unknown>;
  children?: DriverPlan[];
  dbHits?: unknown;
  rows?: unknown;
  pageCacheHits?: unknown;
  pageCacheMisses?: unknown;
}

const asNumber = (value: unknown): number | undefined => {
  if (value === null || value === undefined) return undefined;
  const number = Number(typeof value === 'object' ? String(value) : value);
  return Number.isFinite(number) ? number : undefined;
};

function toOperator(plan: DriverPlan, profiled: boolean): PlanOperator {
  // Details and EstimatedRows have fields of their own, and so do the profile counters.
  const { Details, EstimatedRows, DbHits: _hits, Rows: _rows, PageCacheHits: _pch, PageCacheMisses: _pcm, ...rest } = plan.arguments ?? {};
  const operator: PlanOperator = {
    operator: splitOperator(plan.operatorType).operator,
    details: typeof Details === 'string' ? Details : '',
    identifiers: [...(plan.identifiers ?? [])],
    estimatedRows: asNumber(EstimatedRows) ?? null,
    arguments: toJson(rest) as Record<string, unknown>,
    children: (plan.children ?? []).map((child) => toOperator(child, profiled)),
  };
  if (profiled) {
    operator.rows = asNumber(plan.rows) ?? 0;
    operator.dbHits = asNumber(plan.dbHits) ?? 0;
    operator.pageCacheHits = asNumber(plan.pageCacheHits) ?? 0;
    operator.pageCacheMisses = asNumber(plan.pageCacheMisses) ?? 0;
  }
  return operator;
}

function sumDbHits(operator: PlanOperator): number {
  return (operator.dbHits ?? 0) + operator.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

export function toCypherPlan(kind: CypherPlan['kind'], plan: DriverPlan): CypherPlan {
  const root = toOperator(plan, kind === 'PROFILE');
  return kind === 'PROFILE' ? { kind, root, totalDbHits: sumDbHits(root) } : { kind, root };
}
