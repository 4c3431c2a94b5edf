// The "Schema picture" view: virtual nodes and relationships of a result (db.schema.visualization()), drawn as a
// small picture of their own and listed in words. They are not entities of the database: they never go to the
// canvas or the legend, and their ids are never asked of the API.
import type { GraphNode, GraphPayload } from '../../../server/contract.ts';
import { el } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 320;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Positions on a circle for the picture (pure): one per node, in the order given. */
export function circlePositions(count: number, size = SIZE): { x: number; y: number }[] {
  const r = count > 1 ? size / 2 - 50 : 0;
  return Array.from({ length: count }, (_, i) => ({
    x: size / 2 + r * Math.cos((2 * Math.PI * i) / Math.max(1, count) - Math.PI / 2),
    y: size / 2 + r * Math.sin((2 * Math.PI * i) / Math.max(1, count) - Math.PI / 2),
  }));
}

export function renderVirtual(payload: GraphPayload, captionOf: (node: GraphNode) => string): HTMLElement {
  const names = new Map(payload.nodes.map((n) => [n.id, captionOf(n)]));
  const at = new Map(payload.nodes.map((n, i) => [n.id, circlePositions(payload.nodes.length)[i]!]));
  const picture = svg('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, width: SIZE, height: SIZE, role: 'img', class: 'console-virtual-picture' });
  picture.setAttribute('aria-label', `Schema picture: ${payload.nodes.length} virtual nodes, ${payload.relationships.length} virtual relationships`);
  for (const r of payload.relationships) {
    const a = at.get(r.start);
    const b = at.get(r.end);
    if (!a || !b) continue;
    picture.append(svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#9aa5b5' }));
    picture.append(svg('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, 'font-size': 9, fill: '#4a5568', 'text-anchor': 'middle' }, r.type));
  }
  for (const n of payload.nodes) {
    const p = at.get(n.id)!;
    picture.append(svg('circle', { cx: p.x, cy: p.y, r: 7, fill: '#4e79a7' }));
    picture.append(svg('text', { x: p.x, y: p.y - 10, 'font-size': 11, fill: '#1a202c', 'text-anchor': 'middle' }, names.get(n.id) ?? ''));
  }
  const nodes = el('ul', { class: 'console-list', 'aria-label': 'Virtual nodes' }, ...payload.nodes.map((n) => el('li', {}, `${names.get(n.id)} (${n.labels.map((l) => ':' + l).join('')})`)));
  const relationships = el(
    'ul',
    { class: 'console-list', 'aria-label': 'Virtual relationships' },
    ...payload.relationships.map((r) => el('li', {}, `${names.get(r.start) ?? '?'} ${r.type} ${names.get(r.end) ?? '?'}`)),
  );
  return el(
    'div',
    { class: 'console-virtual' },
    el('p', { class: 'console-empty' }, 'Virtual nodes and relationships: a picture the query made, not entities of the database. They stay out of the canvas.'),
    picture,
    nodes,
    relationships,
  );
}
