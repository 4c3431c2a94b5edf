// The answer card, drawn from state: the answer sentence, what was understood (the plan in words), its entities, the evidence quotes, the Cypher and
// parameters that produced it, and suggestions. Every text from the data goes in as textContent.
import type { AskEntity, AskEvidence, AskResponse } from '../../../server/contract.ts';
import { button, el } from '../dom.ts';
import type { AskState } from './state.ts';

export interface AnswerActions {
  selectEntity(entity: AskEntity): void;
  openInConsole(response: AskResponse): void;
  ask(question: string): void;
  /** The entity's caption as the page shows its node (the person's choice for its label first). */
  captionOf(entity: AskEntity): string;
}

export function renderAnswer(card: HTMLElement, state: AskState, actions: AnswerActions): void {
  card.replaceChildren();
  card.setAttribute('aria-busy', String(state.status === 'asking'));
  if (state.status === 'idle') {
    card.append(el('p', { class: 'muted' }, 'Ask about competitors, owners, leaders, successors, partners, connections, events or figures.'));
    return;
  }
  if (state.status === 'asking') card.append(el('p', { class: 'muted' }, 'Asking…'));
  if (state.status === 'failed') card.append(el('p', { class: 'ask-error', role: 'alert' }, `Could not ask: ${state.error ?? 'unknown error'}`));
  const response = state.response;
  if (!response || state.status === 'asking' || state.status === 'failed') return;

  const incomplete = response.complete === false ? ' incomplete' : '';
  card.append(el('p', { class: (response.known ? 'ask-answer' : 'ask-answer unknown') + incomplete }, response.answer));
  // The plan in words: what the answer is an answer to.
  if (response.understood) card.append(el('p', { class: 'muted ask-understood', 'aria-label': 'Understood as' }, `Understood as: ${response.understood}`));
  if (response.entities.length) card.append(entityList(response.entities, actions));
  if (response.evidence.length) card.append(evidenceList(response.evidence));
  if (response.cypher) card.append(querySection(response, actions));
  if (response.suggestions.length) card.append(suggestionList(response.suggestions, actions));
}

function heading(id: string, text: string): HTMLHeadingElement {
  return el('h3', { id }, text);
}

function entityList(entities: AskEntity[], actions: AnswerActions): HTMLElement {
  const list = el('ul', { class: 'chips ask-entities', 'aria-labelledby': 'ask-entities-title' });
  for (const entity of entities) {
    const kinds = entity.labels.filter((label) => label !== 'Entity').join(', ');
    const name = actions.captionOf(entity);
    const chip = button(name, () => actions.selectEntity(entity), { class: 'chip', title: kinds ? `${name} (${kinds})` : name });
    list.append(el('li', {}, chip));
  }
  return el('div', {}, heading('ask-entities-title', 'Entities'), list);
}

function evidenceList(evidence: AskEvidence[]): HTMLElement {
  const list = el('ul', { class: 'ask-evidence', 'aria-labelledby': 'ask-evidence-title' });
  for (const item of evidence) {
    list.append(el('li', {}, el('blockquote', { class: 'quote' }, item.quote), el('span', { class: 'muted' }, `${item.document}, sentence ${item.sentence}`)));
  }
  return el('div', {}, heading('ask-evidence-title', 'Evidence'), list);
}

function querySection(response: AskResponse, actions: AnswerActions): HTMLElement {
  const cypher = el('pre', { class: 'ask-cypher', 'aria-label': 'Cypher query' }, el('code', {}, response.cypher));
  const params = el('pre', { class: 'ask-params', 'aria-label': 'Query parameters' }, el('code', {}, JSON.stringify(response.params, null, 2)));
  const open = button('Open in console', () => actions.openInConsole(response));
  return el('div', {}, heading('ask-query-title', 'Query'), cypher, params, el('div', { class: 'row' }, open));
}

function suggestionList(suggestions: string[], actions: AnswerActions): HTMLElement {
  const list = el('ul', { class: 'ask-suggestions', 'aria-labelledby': 'ask-suggestions-title' });
  for (const suggestion of suggestions) list.append(el('li', {}, button(suggestion, () => actions.ask(suggestion), { class: 'link' })));
  return el('div', {}, heading('ask-suggestions-title', 'Try'), list);
}
