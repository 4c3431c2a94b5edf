// The console panel's pure parts: parameters pane parsing, CSV/JSON exports, cell text, state producers.
import { describe, expect, it } from 'vitest';
import type { CypherResponse } from '../../server/contract.ts';
import { resultToCsv, resultToJson } from '../../client/ui/console/exporters.ts';
import { cellText } from '../../client/ui/console/format.ts';
import { parameterNames, parseParams } from '../../client/ui/console/params.ts';
import { summaryText } from '../../client/ui/console/resultsView.ts';
import * as consoleState from '../../client/ui/console/state.ts';

const result = (overrides: Partial<CypherResponse> = {}): CypherResponse => ({
  columns: ['name', 'n'],
  rows: [['a, "quoted"', { id: '4:x:1', labels: ['Company'], properties: { name: 'Alibaba' } }]],
  graph: { nodes: [{ id: '4:x:1', labels: ['Company'], properties: { name: 'Alibaba' }, caption: 'Alibaba' }], relationships: [] },
  truncated: false,
  limit: 1000,
  timeMs: 3,
  ...overrides,
});

describe('console parameters pane', () => {
  it('takes an empty pane as no parameters and a JSON object as the parameters', () => {
    expect(parseParams('  ')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"name": "Alibaba", "limit": 5}')).toEqual({ ok: true, params: { name: 'Alibaba', limit: 5 } });
    expect(parameterNames('{"name": 1, "limit": 2}')).toEqual(['name', 'limit']);
  });

  it('refuses invalid JSON and JSON that is not an object', () => {
    expect(parseParams('{"name": ')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseParams('[1, 2]')).toMatchObject({ ok: false, message: expect.stringContaining('JSON object') });
    expect(parseParams('"text"')).toMatchObject({ ok: false });
    expect(parameterNames('{oops')).toEqual([]);
  });
});

describe('console exports and cells', () => {
  it('writes CSV with quoting and nested values as JSON', () => {
    expect(resultToCsv(result())).toBe('name,n\r\n"a, ""quoted""","{""id"":""4:x:1"",""labels"":[""Company""],""properties"":{""name"":""Alibaba""}}"\r\n');
  });

  it('writes JSON records keyed by column, with the graph', () => {
    const parsed = JSON.parse(resultToJson(result()));
    expect(parsed.records[0].name).toBe('a, "quoted"');
    expect(parsed.graph.nodes).toHaveLength(1);
  });

  it('shows nodes, relationships and paths briefly in cells', () => {
    expect(cellText({ id: '1', labels: ['Company'], properties: { name: 'Alibaba' } })).toBe('(:Company "Alibaba")');
    expect(cellText({ id: 'r', type: 'OWNS', start: '1', end: '2', properties: {} })).toBe('[:OWNS]');
    expect(cellText({ start: {}, end: {}, segments: [{}, {}], length: 2 })).toBe('path of 2 relationships');
    expect(cellText(null)).toBe('null');
    expect(cellText([1, 'a'])).toBe('[1,"a"]');
  });

  it('says when a result was cut at the limit, with both times', () => {
    expect(summaryText(result({ truncated: true, rows: new Array(1000).fill([1]) }), 42.4)).toBe(
      '1,000 rows, cut at the limit of 1,000: the query had more · database 3 ms, round trip 42 ms',
    );
    expect(summaryText(result(), null)).toBe('1 row · database 3 ms');
  });
});

describe('console state', () => {
  it('puts each run at the top of the history once, and caps it', () => {
    let state = consoleState.getEmptyConsoleState();
    for (let i = 0; i < consoleState.HISTORY_SIZE + 5; i++) state = consoleState.startRun(`RETURN ${i}`, '')(state);
    state = consoleState.startRun('RETURN 3', '')(state);
    expect(state.history).toHaveLength(consoleState.HISTORY_SIZE);
    expect(state.history[0]!.query).toBe('RETURN 3');
    expect(state.history.filter((entry) => entry.query === 'RETURN 3')).toHaveLength(1);
  });

  it('ignores the answer of an earlier run, and opens the plan view for a plan', () => {
    let state = consoleState.startRun('RETURN 1', '')(consoleState.getEmptyConsoleState());
    const first = state.turn;
    state = consoleState.startRun('RETURN 2', '')(state);
    expect(consoleState.receiveResult(first, result(), 10)(state)).toBe(state);
    const plan = { kind: 'EXPLAIN' as const, root: { operator: 'ProduceResults', details: '', identifiers: [], estimatedRows: 1, arguments: {}, children: [] } };
    const answered = consoleState.receiveResult(state.turn, result({ plan }), 10)(state);
    expect(answered).toMatchObject({ running: false, view: 'plan', roundTripMs: 10 });
    expect(consoleState.receiveResult(answered.turn, result(), 5)(answered).view).toBe('table');
  });

  it('saves queries by name (the same name replaces) and deletes them', () => {
    let state = consoleState.saveQuery('owners', 'MATCH (a)-[:OWNS]->(b) RETURN a, b', '')(consoleState.getEmptyConsoleState());
    state = consoleState.saveQuery('owners', 'MATCH (a)-[:OWNS]->(b) RETURN a', '{}')(state);
    expect(state.saved).toEqual([{ name: 'owners', query: 'MATCH (a)-[:OWNS]->(b) RETURN a', params: '{}' }]);
    expect(consoleState.deleteSaved('owners')(state).saved).toEqual([]);
  });
});
