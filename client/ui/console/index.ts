// The Cypher console panel: editor, parameters, examples, history and saved queries, results (table, graph on
// the canvas, JSON, plan) and exports. State lives in ConsoleState (pure producers); this file wires the DOM,
// the server calls and the host (the explorer page), and stores history and saved queries explicitly.
import type { CypherResponse } from '../../../server/contract.ts';
import type { ExplorerHost } from '../../host.ts';
import { button, el, uniqueId } from '../dom.ts';
import { CypherRequestError, fetchExamples, fetchRoutines, fetchSchemaNames, runCypher } from './api.ts';
import type { CompletionNames, CypherEditor } from './editor.ts';
import { downloadBlob } from '../download.ts';
import { resultToCsv, resultToJson } from './exporters.ts';
import { defaultName, renderHistory, renderSaved, type LibraryActions } from './libraryView.ts';
import { parameterNames, parseParams } from './params.ts';
import { realGraph } from './format.ts';
import { renderResults, type ResultsActions } from './resultsView.ts';
import * as consoleState from './state.ts';
import { loadHistory, loadSaved, storeHistory, storeSaved } from './storage.ts';
import './console.css';

export interface ConsoleHandle {
  /** Puts a query and its parameters into the editor (the host shows the panel). */
  open(query: string, params?: Record<string, unknown>): void;
}

/** Example parameters from a named query's header ("Params: $limit (integer…)"): the names, to be filled in. */
function paramsSkeleton(description: string): string {
  const line = description.split('\n').find((l) => /^Params:/i.test(l)) ?? '';
  const names = [...line.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
  return names.length ? JSON.stringify(Object.fromEntries(names.map((name) => [name, null])), null, 2) : '';
}

const runErrorOf = (error: unknown): consoleState.RunError =>
  error instanceof CypherRequestError
    ? { code: error.code, message: error.message, position: error.position }
    : { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };

export function mountConsole(root: HTMLElement, host: ExplorerHost): ConsoleHandle {
  const storage = window.localStorage;
  let state = consoleState.getEmptyConsoleState(loadHistory(storage), loadSaved(storage));
  let controller: AbortController | undefined;
  let names: CompletionNames = { labels: [], relationshipTypes: [], propertyKeys: [], procedures: [], functions: [], parameters: [] };

  const hintId = uniqueId('console-hint');
  const editorHost = el('div', { class: 'console-editor' });
  const hint = el('p', { id: hintId, class: 'console-hint' }, 'Ctrl+Enter (⌘+Enter) runs the query. The console only reads: writes, LOAD CSV and administration are refused.');
  const paramsId = uniqueId('console-params');
  const paramsInput = el('textarea', { id: paramsId, class: 'console-params', rows: '3', spellcheck: 'false', placeholder: '{"name": "Alibaba"}' });
  const examples = el('select', { 'aria-label': 'Examples', class: 'console-examples' }, el('option', { value: '' }, 'Examples…'));
  const runButton = button('Run query', () => run(), { class: 'primary', 'aria-keyshortcuts': 'Control+Enter Meta+Enter' });
  const saveName = el('input', { type: 'text', 'aria-label': 'Name for the saved query', placeholder: 'Name to save as', class: 'console-save-name' });
  const saveButton = button('Save query', () => save());
  const running = el('span', { role: 'status', class: 'console-running' });
  const errorBox = el('div', { role: 'alert', class: 'console-error' });
  const results = el('section', { role: 'region', 'aria-label': 'Query results', class: 'console-results' });
  const historyList = el('ul', { class: 'console-list', 'aria-label': 'History' });
  const savedList = el('ul', { class: 'console-list', 'aria-label': 'Saved queries' });

  root.append(
    el(
      'div',
      { class: 'console' },
      el('h2', { class: 'console-title' }, 'Cypher console'),
      editorHost,
      hint,
      el('div', { class: 'console-row' }, runButton, examples, running),
      el('label', { for: paramsId, class: 'console-label' }, 'Parameters (JSON)'),
      paramsInput,
      errorBox,
      results,
      el('div', { class: 'console-row' }, saveName, saveButton),
      el('details', { class: 'console-library', open: true }, el('summary', {}, 'Saved queries'), savedList),
      el('details', { class: 'console-library' }, el('summary', {}, 'History'), historyList, button('Clear history', () => update(consoleState.clearHistory()))),
    ),
  );

  // The editor (CodeMirror and Neo4j's Cypher grammar, most of the page's code) loads as a chunk of its own,
  // so the graph does not wait for it; until it is there, runs are ignored and opened queries wait.
  let editor: CypherEditor | undefined;
  const editorReady = import('./editor.ts').then(({ createEditor }) => {
    editor = createEditor(editorHost, { label: 'Cypher query', initial: '', onRun: () => run() });
    refreshNames();
    return editor;
  });

  const render = () => {
    running.textContent = state.running ? 'Running…' : '';
    runButton.setAttribute('aria-busy', String(state.running));
    errorBox.replaceChildren(...(state.error ? [el('p', { class: 'console-error-code' }, state.error.code), el('pre', {}, state.error.message)] : []));
    paramsInput.setAttribute('aria-invalid', String(state.error?.code === 'INVALID_PARAMETERS'));
    renderResults(results, state, resultsActions);
    renderHistory(historyList, state.history, libraryActions);
    renderSaved(savedList, state.saved, libraryActions);
  };
  const update = (producer: (s: consoleState.ConsoleState) => consoleState.ConsoleState) => {
    const before = state;
    state = producer(state);
    if (state.history !== before.history) storeHistory(storage, state.history);
    if (state.saved !== before.saved) storeSaved(storage, state.saved);
    render();
  };

  // Only real nodes and relationships go to the canvas; virtual ones (a schema picture) stay in their own view.
  const showOnCanvas = (result: CypherResponse, mode: 'add' | 'replace') => {
    const graph = realGraph(result);
    if (graph.nodes.length) host.showGraph(graph, { mode });
  };

  function run(): void {
    if (!editor) return;
    const query = editor.getValue();
    if (!query.trim()) {
      update(consoleState.refuseLocally('Write a Cypher query first.'));
      return;
    }
    const parsed = parseParams(paramsInput.value);
    if (!parsed.ok) {
      update(consoleState.refuseLocally(parsed.message));
      paramsInput.focus();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    editor.clearError();
    const shown = editor;
    update(consoleState.startRun(query, paramsInput.value));
    const turn = state.turn;
    const started = performance.now();
    runCypher(query, parsed.params, controller.signal)
      .then((result) => {
        update(consoleState.receiveResult(turn, result, performance.now() - started));
        if (turn === state.turn && state.graphMode !== 'off') showOnCanvas(result, state.graphMode);
      })
      .catch((error: unknown) => {
        if ((error as { name?: string })?.name === 'AbortError') return;
        const runError = runErrorOf(error);
        update(consoleState.failRun(turn, runError, performance.now() - started));
        if (turn === state.turn && runError.position) shown.markError(runError.position, runError.message.split('\n')[0] ?? runError.message);
      });
  }

  function save(): void {
    const query = editor?.getValue() ?? '';
    if (!query.trim()) return;
    update(consoleState.saveQuery(saveName.value.trim() || defaultName(query), query, paramsInput.value));
    saveName.value = '';
  }

  const load = (query: string, params: string) => {
    paramsInput.value = params;
    void editorReady.then((ready) => {
      ready.setValue(query);
      refreshNames();
      ready.focus();
    });
  };

  const resultsActions: ResultsActions = {
    chooseView: (view) => update(consoleState.chooseView(view)),
    chooseGraphMode: (mode) => update(consoleState.chooseGraphMode(mode)),
    showOnCanvas: (mode) => state.result && showOnCanvas(state.result, mode),
    exportCsv: () => state.result && downloadBlob(new Blob([resultToCsv(state.result)], { type: 'text/csv' }), 'query-result.csv'),
    exportJson: () => state.result && downloadBlob(new Blob([resultToJson(state.result)], { type: 'application/json' }), 'query-result.json'),
    captionOf: (node) => host.captionOf(node),
  };
  host.onCaptionsChange(render);
  const libraryActions: LibraryActions = {
    load: (entry) => load(entry.query, entry.params),
    deleteSaved: (name) => update(consoleState.deleteSaved(name)),
    clearHistory: () => update(consoleState.clearHistory()),
  };

  const refreshNames = () => editor?.setNames({ ...names, parameters: parameterNames(paramsInput.value) });
  paramsInput.addEventListener('change', refreshNames);
  paramsInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  void fetchExamples()
    .then((list) => {
      examples.append(...list.map((example) => el('option', { value: example.name, title: example.description }, example.name)));
      examples.addEventListener('change', () => {
        const example = list.find((e) => e.name === examples.value);
        if (example) load(example.text, paramsSkeleton(example.description));
        examples.value = '';
      });
    })
    .catch(() => examples.setAttribute('aria-description', 'Examples could not be loaded.'));

  void Promise.all([fetchSchemaNames(), fetchRoutines()])
    .then(([schema, routines]) => {
      names = { ...schema, procedures: routines.procedures, functions: routines.functions, parameters: [] };
      refreshNames();
    })
    .catch(() => undefined); // completion then offers keywords only

  render();
  return {
    open: (query, params) => load(query, params ? JSON.stringify(params, null, 2) : ''),
  };
}
