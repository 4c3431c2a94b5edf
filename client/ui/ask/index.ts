// The Ask panel: a question box and an answer card. An answer's subgraph is added to the canvas and highlighted;
// "Open in console" hands its Cypher and parameters to the console.
import type { AskResponse } from '../../../server/contract.ts';
import type { ExplorerHost } from '../../host.ts';
import { el, uniqueId } from '../dom.ts';
import { askQuestion } from './api.ts';
import { failAsking, getEmptyAskState, highlightOf, nodeIdOf, receiveAnswer, startAsking, type AskState } from './state.ts';
import { renderAnswer, type AnswerActions } from './view.ts';
import './ask.css';

/** Hosts may let us wait until a shown graph is on the canvas, so the highlight finds its nodes. */
type HostThatMayIdle = ExplorerHost & { idle?: () => Promise<void> };

export function mountAsk(root: HTMLElement, host: ExplorerHost): void {
  const inputId = uniqueId('ask-question');
  const input = el('input', { id: inputId, type: 'text', name: 'question', autocomplete: 'off', maxlength: '300', placeholder: 'e.g. who owns Youku?' });
  const submit = el('button', { type: 'submit' }, 'Ask');
  const label = el('label', { for: inputId, class: 'ask-label' }, 'Ask a question');
  const form = el('form', { class: 'ask-form', role: 'search', 'aria-label': 'Ask the graph' }, label, el('div', { class: 'row' }, input, submit));
  const card = el('section', { class: 'ask-card', 'aria-label': 'Answer', 'aria-live': 'polite' });
  root.append(form, card);

  let state: AskState = getEmptyAskState();
  let controller: AbortController | undefined;
  const update = (producer: (state: AskState) => AskState) => {
    state = producer(state);
    renderAnswer(card, state, actions);
  };

  const showOnCanvas = async (response: AskResponse) => {
    if (response.subgraph.nodes.length === 0) {
      host.highlight({ nodes: [], relationships: [] });
      return;
    }
    host.showGraph(response.subgraph, { mode: 'add' });
    await (host as HostThatMayIdle).idle?.();
    host.highlight(highlightOf(response));
  };

  const ask = (question: string) => {
    const text = question.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = text;
    controller?.abort();
    controller = new AbortController();
    update(startAsking(text));
    const turn = state.turn;
    askQuestion(text, controller.signal)
      .then(async (response) => {
        update(receiveAnswer(turn, response));
        if (turn === state.turn) await showOnCanvas(response);
      })
      .catch((error: unknown) => {
        if ((error as { name?: string })?.name === 'AbortError') return;
        update(failAsking(turn, error instanceof Error ? error.message : String(error)));
      });
  };

  const actions: AnswerActions = {
    ask,
    selectEntity(entity) {
      const id = state.response ? nodeIdOf(state.response, entity.key) : undefined;
      if (id) host.select(id);
    },
    openInConsole(response) {
      host.openInConsole(response.cypher, response.params);
    },
    captionOf(entity) {
      const id = state.response ? nodeIdOf(state.response, entity.key) : undefined;
      const node = id ? state.response?.subgraph.nodes.find((n) => n.id === id) : undefined;
      return node ? host.captionOf(node) : entity.name;
    },
  };
  host.onCaptionsChange(() => renderAnswer(card, state, actions));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(input.value);
  });
  renderAnswer(card, state, actions);
}
