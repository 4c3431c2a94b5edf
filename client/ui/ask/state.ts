// Ask panel state: plain data and pure producers (state) => state. The view reads it; nothing else mutates it.
import type { AskResponse } from '../../../server/contract.ts';

export type AskStatus = 'idle' | 'asking' | 'answered' | 'failed';

export interface AskState {
  status: AskStatus;
  question: string;
  response: AskResponse | null;
  error: string | null;
  /** Increments with each question, so a late answer to an older one is ignored. */
  turn: number;
}

export const getEmptyAskState = (): AskState => ({ status: 'idle', question: '', response: null, error: null, turn: 0 });

export const startAsking =
  (question: string) =>
  (state: AskState): AskState => ({ status: 'asking', question, response: state.response, error: null, turn: state.turn + 1 });

export const receiveAnswer =
  (turn: number, response: AskResponse) =>
  (state: AskState): AskState =>
    turn === state.turn ? { ...state, status: 'answered', response, error: null } : state;

export const failAsking =
  (turn: number, message: string) =>
  (state: AskState): AskState =>
    turn === state.turn ? { ...state, status: 'failed', error: message } : state;

/** The ids to highlight on the canvas for an answer: its whole subgraph. */
export function highlightOf(response: AskResponse): { nodes: string[]; relationships: string[] } {
  return { nodes: response.subgraph.nodes.map((node) => node.id), relationships: response.subgraph.relationships.map((relationship) => relationship.id) };
}

/** The node id of an answer entity, found in the answer's subgraph by key (or by id on graphs without keys). */
export function nodeIdOf(response: AskResponse, key: string): string | undefined {
  return response.subgraph.nodes.find((node) => node.properties.key === key || node.id === key)?.id;
}
