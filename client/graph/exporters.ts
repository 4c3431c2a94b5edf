// The picture as files (pure): GEXF 1.3 for Gephi (labels, positions, colours, sizes, properties as attributes)
// and JSON in the API's payload shape with positions.
import type { ExplorerGraph } from './build.ts';
import { toPayload } from './build.ts';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function propertyText(value: unknown): string {
  if (Array.isArray(value)) return value.map(propertyText).join('|');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return value === null || value === undefined ? '' : String(value);
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) } : { r: 128, g: 128, b: 128 };
}

export function toGexf(graph: ExplorerGraph, colourOf: (id: string) => string = (id) => graph.getNodeAttribute(id, 'color')): string {
  const nodeKeys = new Set<string>(['labels']);
  graph.forEachNode((_, a) => Object.keys(a.properties).forEach((k) => nodeKeys.add(k)));
  const edgeKeys = new Set<string>();
  graph.forEachEdge((_, a) => Object.keys(a.properties).forEach((k) => edgeKeys.add(k)));
  const nodeKeyList = [...nodeKeys];
  const edgeKeyList = [...edgeKeys];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>Knowledge Graph Explorer</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeKeyList.map((k, i) => `      <attribute id="n${i}" title="${xml(k)}" type="string"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeKeyList.map((k, i) => `      <attribute id="e${i}" title="${xml(k)}" type="string"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((id, a) => {
    const { r, g, b } = rgb(colourOf(id));
    lines.push(`      <node id="${xml(id)}" label="${xml(a.label)}">`);
    lines.push('        <attvalues>');
    nodeKeyList.forEach((k, i) => {
      const value = k === 'labels' ? a.labels.join('|') : propertyText(a.properties[k]);
      if (value !== '') lines.push(`          <attvalue for="n${i}" value="${xml(value)}"/>`);
    });
    lines.push('        </attvalues>');
    lines.push(`        <viz:position x="${a.x}" y="${a.y}" z="0"/>`);
    lines.push(`        <viz:size value="${a.size}"/>`);
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((id, a, source, target) => {
    lines.push(`      <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}" label="${xml(a.relType)}">`);
    lines.push('        <attvalues>');
    edgeKeyList.forEach((k, i) => {
      const value = propertyText(a.properties[k]);
      if (value !== '') lines.push(`          <attvalue for="e${i}" value="${xml(value)}"/>`);
    });
    lines.push('        </attvalues>');
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

export function toJsonExport(graph: ExplorerGraph): string {
  return JSON.stringify(toPayload(graph), null, 2);
}
