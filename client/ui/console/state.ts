// Console state as plain data and pure producers `(args) => (state) => state`. The panel renders it; storage
// of history and saved queries is an explicit call by the panel, never a side effect of a producer.
import type { CypherResponse, SourcePosition } from '../../../server/contract.ts';

export const RESULT_VIEWS = ['table', 'graph', 'virtual', 'json', 'plan'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];
export const GRAPH_MODES = ['add', 'replace', 'off'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];

export interface HistoryEntry {
  query: string;
  params: string;
}

export interface SavedQuery {
  name: string;
  query: string;
  params: string;
}

export interface RunError {
  code: string;
  message: string;
  position?: SourcePosition;
}

export interface ConsoleState {
  /** Increases with every run; late answers of earlier runs are ignored. */
  turn: number;
  running: boolean;
  result: CypherResponse | null;
  error: RunError | null;
  /** Browser → server → browser, measured by the page. */
  roundTripMs: number | null;
  view: ResultView;
  graphMode: GraphMode;
  history: HistoryEntry[];
  saved: SavedQuery[];
}

export const HISTORY_SIZE = 50;

export function getEmptyConsoleState(history: HistoryEntry[] = [], saved: SavedQuery[] = []): ConsoleState {
  return { turn: 0, running: false, result: null, error: null, roundTripMs: null, view: 'table', graphMode: 'add', history, saved };
}

type Producer = (state: ConsoleState) => ConsoleState;

/** A run starts: it goes to the top of the history (once), earlier results stay on screen until it answers. */
export const startRun =
  (query: string, params: string): Producer =>
  (state) => ({
    ...state,
    turn: state.turn + 1,
    running: true,
    error: null,
    history: [{ query, params }, ...state.history.filter((entry) => entry.query !== query || entry.params !== params)].slice(0, HISTORY_SIZE),
  });

export const receiveResult =
  (turn: number, result: CypherResponse, roundTripMs: number): Producer =>
  (state) => {
    if (turn !== state.turn) return state;
    const view: ResultView = result.plan ? 'plan' : state.view === 'plan' ? 'table' : state.view;
    return { ...state, running: false, result, error: null, roundTripMs, view };
  };

export const failRun =
  (turn: number, error: RunError, roundTripMs: number | null = null): Producer =>
  (state) => (turn !== state.turn ? state : { ...state, running: false, error, result: null, roundTripMs });

/** A problem found before anything was sent (invalid parameters): no run, no history entry. */
export const refuseLocally =
  (message: string): Producer =>
  (state) => ({ ...state, error: { code: 'INVALID_PARAMETERS', message } });

export const chooseView =
  (view: ResultView): Producer =>
  (state) => ({ ...state, view });

export const chooseGraphMode =
  (graphMode: GraphMode): Producer =>
  (state) => ({ ...state, graphMode });

export const saveQuery =
  (name: string, query: string, params: string): Producer =>
  (state) => ({ ...state, saved: [{ name, query, params }, ...state.saved.filter((entry) => entry.name !== name)] });

export const deleteSaved =
  (name: string): Producer =>
  (state) => ({ ...state, saved: state.saved.filter((entry) => entry.name !== name) });

export const clearHistory = (): Producer => (state) => ({ ...state, history: [] });
