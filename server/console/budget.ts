// The console's answer budget: a result's values are cut before they are converted, so that no answer grows past
// a few megabytes whatever the query returns. Lists keep their first `listItems` items, strings and byte arrays
// their first `stringChars` characters; once about `bytes` of JSON have been spent, every further value becomes
// null and the repository reads no further row. Each cut is counted; the response says `cut: true`.
// Works on the driver's raw values (before convert.ts), so a 5-million-item list is sliced, never walked.
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import type { AnswerBudget } from '../contract.ts';

/** What a scalar (number, boolean, null, temporal, point) costs at most in JSON, roughly. */
const SCALAR_BYTES = 24;

export class BudgetMeter {
  /** Estimated JSON bytes of the values kept so far. */
  spent = 0;
  /** Values shortened or dropped. */
  cuts = 0;

  constructor(readonly budget: AnswerBudget) {}

  get exhausted(): boolean {
    return this.spent >= this.budget.bytes;
  }

  /** Returns `value` cut to the budget (driver graph values are cut in place: they are this answer's own objects). */
  cut(value: unknown): unknown {
    if (this.exhausted) {
      if (value !== null && value !== undefined) this.cuts++;
      this.spent += 4;
      return null;
    }
    if (typeof value === 'string') return this.cutString(value);
    if (value === null || typeof value !== 'object') {
      this.spent += SCALAR_BYTES;
      return value;
    }
    if (Array.isArray(value)) return this.cutList(value);
    if (value instanceof Uint8Array) return this.cutBytes(value);
    if (isInt(value) || isPoint(value) || isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
      this.spent += SCALAR_BYTES * 2;
      return value;
    }
    if (isNode(value)) {
      this.spent += 64 + value.labels.join('').length;
      this.cutProperties(value.properties);
      return value;
    }
    if (isRelationship(value)) {
      this.spent += 128 + value.type.length;
      this.cutProperties(value.properties);
      return value;
    }
    if (isPath(value)) {
      this.cut(value.start);
      for (const segment of value.segments) {
        this.cut(segment.relationship);
        this.cut(segment.end);
      }
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      this.spent += key.length + 4;
      out[key] = this.cut(item);
    }
    return out;
  }

  private cutString(value: string): string {
    let kept = value;
    if (value.length > this.budget.stringChars) {
      kept = value.slice(0, this.budget.stringChars);
      this.cuts++;
    }
    this.spent += kept.length + 3;
    return kept;
  }

  private cutList(value: unknown[]): unknown[] {
    let kept = value;
    if (value.length > this.budget.listItems) {
      kept = value.slice(0, this.budget.listItems);
      this.cuts++;
    }
    this.spent += 2;
    return kept.map((item) => this.cut(item));
  }

  private cutBytes(value: Uint8Array): Uint8Array {
    let kept = value;
    if (value.length > this.budget.stringChars) {
      kept = value.subarray(0, this.budget.stringChars);
      this.cuts++;
    }
    this.spent += Math.ceil((kept.length * 4) / 3) + 3;
    return kept;
  }

  private cutProperties(properties: Record<string, unknown>): void {
    for (const key of Object.keys(properties)) {
      this.spent += key.length + 4;
      properties[key] = this.cut(properties[key]);
    }
  }
}
