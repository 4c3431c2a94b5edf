// The console's answer budget (server/console/budget.ts) on the driver's own value types: long lists and strings
// are cut and counted, graph values are cut inside, and once the byte budget is spent every further value is null.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BudgetMeter } from '../../server/console/budget.ts';

const budget = { bytes: 10_000, listItems: 5, stringChars: 8 };

describe('BudgetMeter', () => {
  it('keeps values inside the budget as they are, and counts no cut', () => {
    const meter = new BudgetMeter(budget);
    const value = { name: 'Ada', ages: [1n, 2n, 3n], ok: true, none: null };
    expect(meter.cut(value)).toEqual(value);
    expect(meter.cuts).toBe(0);
    expect(meter.exhausted).toBe(false);
  });

  it('cuts a long list to its first items and a long string to its first characters, counting each', () => {
    const meter = new BudgetMeter(budget);
    const list = Array.from({ length: 50_000 }, (_, i) => BigInt(i));
    expect(meter.cut(list)).toEqual([0n, 1n, 2n, 3n, 4n]);
    expect(meter.cut('abcdefghijklmnop')).toBe('abcdefgh');
    expect(meter.cut([['abcdefghijk'], 'x'])).toEqual([['abcdefgh'], 'x']);
    expect(meter.cuts).toBe(3);
  });

  it('cuts byte arrays like strings', () => {
    const meter = new BudgetMeter(budget);
    expect((meter.cut(new Uint8Array(100)) as Uint8Array).length).toBe(8);
    expect(meter.cuts).toBe(1);
  });

  it('cuts the properties of nodes and relationships in place', () => {
    const meter = new BudgetMeter(budget);
    const node = new neo4j.types.Node(1n, ['Person'], { name: 'a very long name', tags: [1n, 2n, 3n, 4n, 5n, 6n] }, 'n1');
    const relationship = new neo4j.types.Relationship(2n, 1n, 1n, 'KNOWS', { note: 'longer than eight' }, 'r1', 'n1', 'n1');
    meter.cut([node, relationship]);
    expect(node.properties).toEqual({ name: 'a very l', tags: [1n, 2n, 3n, 4n, 5n] });
    expect(relationship.properties).toEqual({ note: 'longer t' });
    expect(meter.cuts).toBe(3);
  });

  it('once the byte budget is spent, turns every further value into null and says it is exhausted', () => {
    const meter = new BudgetMeter({ bytes: 100, listItems: 1000, stringChars: 1000 });
    const row = Array.from({ length: 20 }, () => 'twenty characters!!!');
    const kept = meter.cut(row) as (string | null)[];
    expect(meter.exhausted).toBe(true);
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe('twenty characters!!!');
    expect(kept.at(-1)).toBeNull();
    const keptChars = kept.filter((value) => value !== null).join('').length;
    expect(keptChars).toBeLessThanOrEqual(100);
    expect(meter.cuts).toBe(kept.filter((value) => value === null).length);
    expect(meter.cut('next row')).toBeNull();
  });
});
