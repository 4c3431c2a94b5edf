// The Details panel (a region named "Details"): labels, properties and relationships of the selected node or edge,
// the evidence sentence shown highlighted in the article's text, and the actions on the node (expand, pin,
// dismiss, dismiss others, path from here). The selection is also announced in words.
import type { NodeDetailsResponse, NodeRelationshipEntry } from '../../server/contract.ts';
import type { Explorer } from '../explorer.ts';
import { messageOf } from '../explorer.ts';
import type { Selection } from '../state/view.ts';
import { passageOf, showPassage, type Passage } from './article.ts';
import { button, el, valueText } from './dom.ts';
import { openExpandMenu } from './expandMenu.ts';

const SHOWN_RELATIONSHIPS = 40;
const HIDDEN_PROPERTIES = new Set(['aliases']);

export interface DetailsOptions {
  announce: (text: string) => void;
  pathFrom: (nodeId: string) => void;
}

export function mountDetails(root: HTMLElement, explorer: Explorer, options: DetailsOptions): void {
  let shown: Selection | null | undefined;
  let ticket = 0;
  const render = () => {
    const selection = explorer.state.selection;
    if (shown && selection && shown.kind === selection.kind && shown.id === selection.id) return;
    shown = selection;
    const mine = ++ticket;
    if (!selection) {
      root.replaceChildren(el('p', { class: 'muted' }, 'Select a node or a relationship to see its details. Search with the box above (press /).'));
      return;
    }
    if (selection.kind === 'edge') renderEdge(root, explorer, selection.id, options);
    else void renderNode(root, explorer, selection.id, options, () => mine === ticket);
  };
  explorer.store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) render();
  });
  const refresh = () => {
    // Refresh the panel (counts, pin state, captions) for the same selection after the picture changed.
    shown = undefined;
    render();
  };
  explorer.on('graph', refresh);
  explorer.onCaptionsChange(refresh);
  render();
}

function propertyList(properties: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(properties).filter(([k]) => !HIDDEN_PROPERTIES.has(k) && !k.startsWith('evidence_'));
  if (!entries.length) return el('p', { class: 'muted' }, 'No properties.');
  const list = el('dl', { class: 'properties' });
  for (const [key, value] of entries.sort(([a], [b]) => a.localeCompare(b))) list.append(el('dt', {}, key), el('dd', {}, valueText(value)));
  return list;
}

function labelChips(labels: string[]): HTMLElement {
  return el('p', { class: 'chips', 'aria-label': 'Labels' }, ...labels.map((l) => el('span', { class: 'chip' }, l)));
}

async function renderNode(root: HTMLElement, explorer: Explorer, id: string, options: DetailsOptions, current: () => boolean): Promise<void> {
  const graph = explorer.graph;
  if (!graph.hasNode(id)) return;
  const attributes = graph.getNodeAttributes(id);
  const name = attributes.label;
  const pinned = attributes.fixed === true;
  options.announce(`Selected ${name} (${attributes.labels.join(', ')}).`);

  const expandButton = button('Expand…', () => void openExpandMenu(explorer, id, expandButton), { 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
  const actions = el(
    'div',
    { role: 'group', 'aria-label': `Actions on ${name}`, class: 'actions' },
    expandButton,
    button(pinned ? 'Unpin' : 'Pin', () => explorer.setPinned(id, !pinned), { 'aria-pressed': String(pinned) }),
    button('Dismiss', () => explorer.dismiss([id])),
    button('Dismiss others', () => explorer.dismissOthers([id])),
    button('Path from here', () => options.pathFrom(id)),
  );
  const aliases = Array.isArray(attributes.properties.aliases) ? (attributes.properties.aliases as unknown[]).map(String) : [];
  const relationshipsBox = el('div', {}, el('p', { class: 'muted' }, 'Loading relationships…'));
  const article = el('section', { class: 'article', 'aria-label': 'Article' });
  root.replaceChildren(
    el('h2', {}, name),
    labelChips(attributes.labels),
    aliases.length ? el('p', { class: 'aliases' }, `Also called: ${aliases.join(', ')}`) : '',
    actions,
    el('h3', {}, 'Properties'),
    propertyList(attributes.properties),
    relationshipsBox,
    article,
  );

  let details: NodeDetailsResponse;
  try {
    details = await explorer.nodeDetails(id);
  } catch (error) {
    if (current()) relationshipsBox.replaceChildren(el('p', {}, `Could not load relationships: ${messageOf(error)}`));
    return;
  }
  if (!current()) return;
  const show = (passage: Passage) => void showPassage(article, passage);
  const rels = details.relationships;
  const heading = el('h3', {}, `Relationships (${rels.length}${details.relationshipsTruncated ? '+' : ''})`);
  const list = el('ul', { class: 'relationships', 'aria-label': `Relationships of ${name}` });
  const addItems = (from: number, to: number) => {
    for (const entry of rels.slice(from, to)) list.append(relationshipItem(explorer, name, entry, show));
  };
  addItems(0, SHOWN_RELATIONSHIPS);
  const more = rels.length > SHOWN_RELATIONSHIPS ? button(`Show all ${rels.length}`, () => (addItems(SHOWN_RELATIONSHIPS, rels.length), more?.remove())) : null;
  relationshipsBox.replaceChildren(heading, rels.length ? list : el('p', { class: 'muted' }, 'No relationships.'), more ?? '');
  if (details.mentions.length) {
    const mentions = el('ul', { class: 'mentions', 'aria-label': `Sentences mentioning ${name}` });
    for (const m of details.mentions.slice(0, 20)) {
      mentions.append(el('li', {}, el('q', {}, m.text), ' ', button('Show in article', () => show(m), { 'aria-label': `Show sentence ${m.index + 1} in the article` })));
    }
    relationshipsBox.append(el('h3', {}, `Mentioned in ${details.mentions.length} sentence${details.mentions.length === 1 ? '' : 's'}`), mentions);
  }
  const firstPassage = rels.map((r) => passageOf(r.relationship.properties)).find((p) => p !== null) ?? details.mentions[0];
  if (firstPassage) {
    article.before(el('h3', {}, 'Evidence in the article'));
    show(firstPassage);
  } else {
    article.remove();
  }
}

function relationshipItem(explorer: Explorer, name: string, entry: NodeRelationshipEntry, show: (p: Passage) => void): HTMLElement {
  const other = explorer.captionOf(entry.other);
  const otherButton = button(other, () => void explorer.openRef(refFor(entry), { select: true }), { class: 'link', 'aria-label': `Open ${other}` });
  const type = el('strong', { class: 'reltype' }, entry.relationship.type);
  const line =
    entry.direction === 'out'
      ? el('span', { class: 'relline' }, name, ' ', type, ' ', otherButton)
      : el('span', { class: 'relline' }, otherButton, ' ', type, ' ', name);
  const item = el('li', {}, line);
  const quote = entry.relationship.properties.evidence_quote;
  const passage = passageOf(entry.relationship.properties);
  if (typeof quote === 'string' && quote) item.append(el('q', { class: 'quote' }, quote));
  if (entry.relationship.properties.inferred === true) item.append(el('span', { class: 'muted' }, ' (inferred)'));
  if (passage) item.append(' ', button('Show in article', () => show(passage), { class: 'small', 'aria-label': `Show the evidence for ${other} ${entry.relationship.type} in the article` }));
  return item;
}

function refFor(entry: NodeRelationshipEntry): string {
  const key = entry.other.properties.key;
  return typeof key === 'string' && key ? key : `id:${entry.other.id}`;
}

function renderEdge(root: HTMLElement, explorer: Explorer, id: string, options: DetailsOptions): void {
  const graph = explorer.graph;
  if (!graph.hasEdge(id)) return;
  const attributes = graph.getEdgeAttributes(id);
  const source = graph.source(id);
  const target = graph.target(id);
  const sourceName = graph.getNodeAttribute(source, 'label');
  const targetName = graph.getNodeAttribute(target, 'label');
  options.announce(`Selected relationship ${sourceName} ${attributes.relType} ${targetName}.`);
  const article = el('section', { class: 'article', 'aria-label': 'Article' });
  const quote = attributes.properties.evidence_quote;
  const passage = passageOf(attributes.properties);
  root.replaceChildren(
    el('h2', {}, attributes.relType),
    el(
      'p',
      { class: 'relline' },
      button(sourceName, () => explorer.select(source), { class: 'link', 'aria-label': `Open ${sourceName}` }),
      ' ',
      el('strong', { class: 'reltype' }, attributes.relType),
      ' ',
      button(targetName, () => explorer.select(target), { class: 'link', 'aria-label': `Open ${targetName}` }),
    ),
    attributes.properties.inferred === true ? el('p', { class: 'muted' }, 'Inferred from the text, not stated word for word.') : '',
    typeof quote === 'string' && quote ? el('blockquote', { class: 'quote' }, quote) : '',
    el('h3', {}, 'Properties'),
    propertyList(attributes.properties),
  );
  if (passage) {
    root.append(el('h3', {}, 'Evidence in the article'), article);
    void showPassage(article, passage);
  }
}
