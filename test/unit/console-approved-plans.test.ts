// The console's memory of approved plans: per database handle, per procedure allowlist, bounded.
import { describe, expect, it } from 'vitest';
import { APPROVED_PLANS_KEPT, approvePlan, planApproved } from '../../server/console/approvedPlans.ts';
import type { Database } from '../../server/db/driver.ts';

const fakeDb = () => ({}) as Database;

describe('approved console plans', () => {
  it('remembers a text per database and per allowlist only', () => {
    const db = fakeDb();
    const approval = { procedures: ['db.labels'], text: 'EXPLAIN RETURN 1' };
    expect(planApproved(db, approval)).toBe(false);
    approvePlan(db, approval);
    expect(planApproved(db, approval)).toBe(true);
    expect(planApproved(fakeDb(), approval)).toBe(false);
    expect(planApproved(db, { ...approval, procedures: ['db.labels', 'apoc.*'] })).toBe(false);
    expect(planApproved(db, { ...approval, text: 'EXPLAIN RETURN 2' })).toBe(false);
  });

  it('forgets the longest-unused text past its cap', () => {
    const db = fakeDb();
    const text = (i: number) => ({ procedures: [], text: `EXPLAIN RETURN ${i}` });
    for (let i = 0; i < APPROVED_PLANS_KEPT; i++) approvePlan(db, text(i));
    expect(planApproved(db, text(0))).toBe(true); // used: now the most recent
    approvePlan(db, text(APPROVED_PLANS_KEPT));
    expect(planApproved(db, text(0))).toBe(true);
    expect(planApproved(db, text(1))).toBe(false);
    expect(planApproved(db, text(APPROVED_PLANS_KEPT))).toBe(true);
  });
});
