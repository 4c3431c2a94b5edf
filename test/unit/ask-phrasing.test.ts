// Ask, the answers' words: name lists, figures with units and periods, dates, relation phrases.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../server/contract.ts';
import { eventDate, figureText, listNames, noFact, pathText, relationPhrase } from '../../server/ask/forms/phrasing.ts';

const node = (id: string, labels: string[], properties: Record<string, unknown>): GraphNode => ({ id, labels, properties, caption: String(properties.name ?? properties.title ?? id) });

describe('answer phrasing', () => {
  it('lists names the English way and shortens long lists', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(Array.from({ length: 15 }, (_, i) => `N${i}`))).toMatch(/N11 and 3 more$/);
  });

  it('writes figures with their unit, period and change', () => {
    const revenue = node('f', ['Entity', 'Figure'], { metric: 'revenue', value: 153751000000, unit: 'CNY', period: '2020-Q2', period_text: 'the past quarter', change_pct: 34, change_basis: 'year on year' });
    expect(figureText(revenue)).toBe('revenue 153.751 billion yuan (Q2 2020, the past quarter; +34% year on year)');
    const buyers = node('b', ['Figure'], { metric: 'new active buyers', value: 18e6, unit: 'buyers', period: '2019-Q4' });
    expect(figureText(buyers)).toBe('new active buyers 18 million buyers (Q4 2019)');
  });

  it('gives dates at their precision, or the words of the text', () => {
    expect(eventDate(node('e', ['Event'], { date: '2020-06-01', date_precision: 'month' }))).toBe('June 2020');
    expect(eventDate(node('e', ['Event'], { date: '2018-11-11' }))).toBe('11 November 2018');
    expect(eventDate(node('e', ['Event'], { date_text: '11 November, every year' }))).toBe('11 November, every year');
  });

  it('says the same words whenever the graph holds no such fact', () => {
    expect(noFact('it records no owner of X')).toBe('The graph holds no such fact: it records no owner of X.');
  });

  it('phrases known relationship types and reads unknown ones as verbs', () => {
    expect(relationPhrase('OWNS', false)).toEqual({ phrase: 'is owned by', passive: false });
    expect(relationPhrase('ACTED_IN', true)).toEqual({ phrase: 'acted in', passive: false });
    expect(relationPhrase('ACTED_IN', false)).toEqual({ phrase: 'acted in', passive: true });
  });

  it('writes a path with the direction of each relationship', () => {
    const a = node('a', [], { name: 'A' });
    const b = node('b', [], { name: 'B' });
    const c = node('c', [], { title: 'C' });
    const path = pathText([a, b, c], [
      { id: 'r1', type: 'OWNS', start: 'a', end: 'b', properties: {} },
      { id: 'r2', type: 'COMPETES_WITH', start: 'c', end: 'b', properties: {} },
    ]);
    expect(path).toBe('A –OWNS→ B ←COMPETES_WITH– C');
  });
});
