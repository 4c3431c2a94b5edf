// The results region: a summary line (rows, cut at the limit or not, database time, round trip), the views as
// ARIA tabs (Table, Graph, JSON, Plan) and the exports. Renders from ConsoleState only; actions go back up.
import type { CypherResponse, GraphNode } from '../../../server/contract.ts';
import { button, el, uniqueId } from '../dom.ts';
import { cellContextOf, cellText, realGraph, type CellContext } from './format.ts';
import { renderVirtual } from './virtualView.ts';
import { renderPlan } from './planView.ts';
import { GRAPH_MODES, RESULT_VIEWS, type ConsoleState, type GraphMode, type ResultView } from './state.ts';

export interface ResultsActions {
  chooseView(view: ResultView): void;
  chooseGraphMode(mode: GraphMode): void;
  showOnCanvas(mode: 'add' | 'replace'): void;
  exportCsv(): void;
  exportJson(): void;
  /** A node's caption as the page shows it (the person's choice for its label first). */
  captionOf(node: GraphNode): string;
}

const VIEW_NAMES: Record<ResultView, string> = { table: 'Table', graph: 'Graph', virtual: 'Schema picture', json: 'JSON', plan: 'Plan' };
const MODE_NAMES: Record<GraphMode, string> = { add: 'Add to canvas', replace: 'Replace canvas', off: 'Leave canvas as it is' };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function summaryText(result: CypherResponse, roundTripMs: number | null): string {
  const rows = result.truncated
    ? `${plural(result.rows.length, 'row')}, cut at the limit of ${result.limit.toLocaleString('en')}: the query had more`
    : plural(result.rows.length, 'row');
  const times = [`database ${result.timeMs} ms`, roundTripMs === null ? '' : `round trip ${Math.round(roundTripMs)} ms`].filter(Boolean).join(', ');
  return `${rows} · ${times}`;
}

function renderTable(result: CypherResponse, cells: CellContext): HTMLElement {
  if (result.columns.length === 0) return el('p', { class: 'console-empty' }, 'The query returned no columns.');
  const head = el('tr', {}, ...result.columns.map((column) => el('th', { scope: 'col' }, column)));
  const body = el('tbody', {}, ...result.rows.map((row) => el('tr', {}, ...row.map((value) => el('td', {}, cellText(value, cells))))));
  const table = el('table', { class: 'console-table', 'aria-label': 'Result table' }, el('thead', {}, head), body);
  return el('div', { class: 'console-table-wrap' }, table, result.rows.length === 0 ? el('p', { class: 'console-empty' }, 'No rows.') : null);
}

function renderGraph(state: ConsoleState, result: CypherResponse, actions: ResultsActions): HTMLElement {
  const { nodes, relationships } = realGraph(result);
  const name = uniqueId('graph-mode');
  const radios = GRAPH_MODES.map((mode) => {
    const id = `${name}-${mode}`;
    const input = el('input', { type: 'radio', name, id, value: mode, checked: state.graphMode === mode });
    input.addEventListener('change', () => actions.chooseGraphMode(mode));
    return el('div', { class: 'console-radio' }, input, el('label', { for: id }, MODE_NAMES[mode]));
  });
  const group = el('fieldset', { class: 'console-graph-mode' }, el('legend', {}, 'After each run'), ...radios);
  const count = el('p', {}, `${plural(nodes.length, 'node')} and ${plural(relationships.length, 'relationship')} in the result.`);
  const now = el(
    'div',
    { class: 'console-row' },
    button('Add to canvas now', () => actions.showOnCanvas('add'), { disabled: nodes.length === 0 }),
    button('Replace canvas now', () => actions.showOnCanvas('replace'), { disabled: nodes.length === 0 }),
  );
  return el('div', { class: 'console-graph' }, count, group, now);
}

function renderJson(result: CypherResponse): HTMLElement {
  const shown = { columns: result.columns, rows: result.rows, graph: result.graph, ...(result.virtual ? { virtual: result.virtual } : {}) };
  return el('pre', { class: 'console-json', tabindex: '0', 'aria-label': 'Result as JSON' }, JSON.stringify(shown, null, 2));
}

export function renderResults(region: HTMLElement, state: ConsoleState, actions: ResultsActions): void {
  region.replaceChildren();
  const result = state.result;
  region.setAttribute('aria-busy', String(state.running));
  if (!result) {
    region.append(el('p', { class: 'console-empty' }, state.running ? 'Running…' : 'Run a query to see its results here.'));
    return;
  }
  region.append(el('p', { class: 'console-summary', 'data-rows': String(result.rows.length), 'data-truncated': String(result.truncated) }, summaryText(result, state.roundTripMs)));

  const hasVirtual = (result.virtual?.nodes.length ?? 0) > 0;
  const views = RESULT_VIEWS.filter((view) => (view !== 'plan' || result.plan) && (view !== 'virtual' || hasVirtual));
  const panelId = uniqueId('result-panel');
  const tabs = views.map((view) => {
    const selected = state.view === view;
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(selected), 'aria-controls': panelId, tabindex: selected ? '0' : '-1' }, VIEW_NAMES[view]);
    tab.addEventListener('click', () => actions.chooseView(view));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      actions.chooseView(views[(views.indexOf(view) + step + views.length) % views.length]!);
      (region.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement | null)?.focus();
    });
    return tab;
  });
  const view = views.includes(state.view) ? state.view : 'table';
  const content =
    view === 'graph'
      ? renderGraph(state, result, actions)
      : view === 'virtual' && result.virtual
        ? renderVirtual(result.virtual, actions.captionOf)
        : view === 'json'
          ? renderJson(result)
          : view === 'plan' && result.plan
            ? renderPlan(result.plan)
            : renderTable(result, cellContextOf(result, actions.captionOf));
  region.append(
    el('div', { role: 'tablist', 'aria-label': 'Result views', class: 'console-tabs' }, ...tabs),
    el('div', { role: 'tabpanel', id: panelId, 'aria-label': VIEW_NAMES[view], class: 'console-view' }, content),
    el('div', { class: 'console-row console-exports' }, button('Export CSV', actions.exportCsv), button('Export JSON', actions.exportJson)),
  );
}
