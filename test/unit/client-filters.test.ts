// Filters: labels, relationship types, a property value and a date range decide what is shown.
import { describe, expect, it } from 'vitest';
import { dateOf, edgeVisible, emptyFilters, isFiltering, nodeVisible, setDateRange, setPropertyFilter, toggleLabel, toggleType } from '../../client/graph/filters.ts';

const event = (date: unknown) => ({ category: 'Event', properties: { name: 'e', date } });

describe('filters', () => {
  it('toggles labels and types on and off', () => {
    const f = toggleType('OWNS')(toggleLabel('Company')(emptyFilters()));
    expect(f.hiddenLabels).toEqual(['Company']);
    expect(nodeVisible({ category: 'Company', properties: {} }, f)).toBe(false);
    expect(nodeVisible({ category: 'Product', properties: {} }, f)).toBe(true);
    expect(edgeVisible({ relType: 'OWNS' }, f, true, true)).toBe(false);
    expect(edgeVisible({ relType: 'LEADS' }, f, true, true)).toBe(true);
    expect(edgeVisible({ relType: 'LEADS' }, f, true, false)).toBe(false);
    expect(toggleLabel('Company')(f).hiddenLabels).toEqual([]);
    expect(isFiltering(emptyFilters())).toBe(false);
    expect(isFiltering(f)).toBe(true);
  });

  it('matches a property value case-insensitively, inside lists too; blank values mean no filter', () => {
    const f = setPropertyFilter({ key: 'aliases', value: 'ALI' })(emptyFilters());
    expect(nodeVisible({ category: 'Company', properties: { aliases: ['Alibaba', '阿里'] } }, f)).toBe(true);
    expect(nodeVisible({ category: 'Company', properties: { aliases: ['JD'] } }, f)).toBe(false);
    expect(nodeVisible({ category: 'Company', properties: {} }, f)).toBe(false);
    expect(setPropertyFilter({ key: 'name', value: '  ' })(emptyFilters()).property).toBeNull();
  });

  it('hides dated nodes outside the range and leaves undated ones alone', () => {
    const f = setDateRange({ from: '2019-01-01', to: '2019-12-31' })(emptyFilters());
    expect(nodeVisible(event('2019-09-10'), f)).toBe(true);
    expect(nodeVisible(event('2020-06-18'), f)).toBe(false);
    expect(nodeVisible(event(null), f)).toBe(true);
    expect(nodeVisible(event(2019), f)).toBe(true);
  });

  it('reads dates from DATE strings, date-times, year-months and years', () => {
    expect(dateOf({ date: '2020-06-18' })).toBe('2020-06-18');
    expect(dateOf({ date: '2020-06-18T10:00:00Z' })).toBe('2020-06-18');
    expect(dateOf({ date: '2020-06' })).toBe('2020-06-01');
    expect(dateOf({ date: 1999 })).toBe('1999-01-01');
    expect(dateOf({ date: 'soon' })).toBeNull();
    expect(dateOf({})).toBeNull();
  });
});
