// An EXPLAIN / PROFILE plan as a tree of nested lists: each operator with its details, estimated rows and,
// for PROFILE, the rows it produced and its db hits. Read top-down: results at the top, scans at the leaves.
import type { CypherPlan, PlanOperator } from '../../../server/contract.ts';
import { el } from '../dom.ts';

function figures(operator: PlanOperator): string {
  const parts: string[] = [];
  if (operator.rows !== undefined) parts.push(`${operator.rows.toLocaleString('en')} rows`);
  if (operator.dbHits !== undefined) parts.push(`${operator.dbHits.toLocaleString('en')} db hits`);
  if (operator.estimatedRows !== null) parts.push(`estimated ${Math.round(operator.estimatedRows).toLocaleString('en')} rows`);
  return parts.join(', ');
}

function renderOperator(operator: PlanOperator): HTMLElement {
  const line = el(
    'div',
    { class: 'plan-operator' },
    el('strong', {}, operator.operator),
    operator.details ? el('code', {}, operator.details) : null,
    el('span', { class: 'plan-figures' }, figures(operator)),
  );
  const children = operator.children.length ? el('ul', {}, ...operator.children.map(renderOperator)) : null;
  return el('li', {}, line, children);
}

export function renderPlan(plan: CypherPlan): HTMLElement {
  const heading = plan.kind === 'PROFILE' ? `PROFILE: ${(plan.totalDbHits ?? 0).toLocaleString('en')} db hits in all` : 'EXPLAIN: the plan, not run';
  return el('div', { class: 'console-plan' }, el('p', {}, heading), el('ul', { 'aria-label': 'Query plan', class: 'plan-tree' }, renderOperator(plan.root)));
}
