// The console's memory of plans that passed its checks: per database handle, the query text as planned (its
// EXPLAIN form) under one procedure allowlist. A text found here runs without being planned again, which saves a
// round trip per repeated query; the run itself is still in a READ transaction with the console's limits.
// Bounded: past the cap the longest-unused text is forgotten.
import type { Database } from '../db/driver.ts';

export const APPROVED_PLANS_KEPT = 500;

export interface PlanApproval {
  procedures: readonly string[];
  text: string;
}

const approved = new WeakMap<Database, Set<string>>();

const keyOf = ({ procedures, text }: PlanApproval) => `${procedures.join('\u0000')}\u0001${text}`;

export function planApproved(db: Database, approval: PlanApproval): boolean {
  const texts = approved.get(db);
  const key = keyOf(approval);
  if (!texts?.has(key)) return false;
  texts.delete(key);
  texts.add(key);
  return true;
}

export function approvePlan(db: Database, approval: PlanApproval): void {
  let texts = approved.get(db);
  if (!texts) approved.set(db, (texts = new Set()));
  const key = keyOf(approval);
  texts.delete(key);
  texts.add(key);
  if (texts.size > APPROVED_PLANS_KEPT) texts.delete(texts.values().next().value!);
}
