// The benchmark graph generator: deterministic, exact sizes, valid references and evidence, heavy-tailed degrees.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, generateCompanyGraph, RELATIONSHIP_TYPES, type GraphFile } from '../../bench/generate.ts';
import { hillTailExponent, mean } from '../../bench/lib/stats.ts';
import { validateGraph, type RawGraph } from '../../server/loader/validate.ts';

const small = generateCompanyGraph({ nodes: 2000, relationships: 10_000, seed: 42 });

function degrees(graph: GraphFile): number[] {
  const degree = new Map(graph.nodes.map((n) => [n.key, 0]));
  for (const r of graph.relationships) {
    degree.set(r.start, degree.get(r.start)! + 1);
    degree.set(r.end, degree.get(r.end)! + 1);
  }
  return [...degree.values()];
}

describe('generateCompanyGraph', () => {
  it('gives the same graph for the same seed and a different one for another seed', () => {
    const again = generateCompanyGraph({ nodes: 2000, relationships: 10_000, seed: 42 });
    const other = generateCompanyGraph({ nodes: 2000, relationships: 10_000, seed: 43 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
  });

  it('has exactly the requested numbers of nodes and relationships', () => {
    for (const [nodes, relationships] of [
      [500, 500],
      [1000, 4000],
      [3000, 15_000],
    ] as const) {
      const graph = generateCompanyGraph({ nodes, relationships, seed: 1 });
      expect(graph.nodes).toHaveLength(nodes);
      expect(graph.relationships).toHaveLength(relationships);
    }
  });

  it('refuses sizes it cannot honour', () => {
    expect(() => generateCompanyGraph({ nodes: 1000, relationships: 999 })).toThrow(RangeError);
    expect(() => generateCompanyGraph({ nodes: 10, relationships: 100 })).toThrow(RangeError);
  });

  it('uses unique keys, one type label besides Entity, and only known relationship types between existing nodes', () => {
    const keys = new Set(small.nodes.map((n) => n.key));
    expect(keys.size).toBe(small.nodes.length);
    for (const node of small.nodes) {
      expect(node.labels[0]).toBe('Entity');
      expect(node.labels).toHaveLength(2);
      expect(ENTITY_TYPES).toContain(node.labels[1]);
      expect(node.properties.key).toBe(node.key);
      expect(node.properties.aliases).toContain(node.properties.name);
    }
    const pairs = new Set<string>();
    for (const r of small.relationships) {
      expect(RELATIONSHIP_TYPES).toContain(r.type);
      expect(keys.has(r.start) && keys.has(r.end)).toBe(true);
      expect(r.start).not.toBe(r.end);
      const id = `${r.type}:${r.start}:${r.end}`;
      expect(pairs.has(id)).toBe(false);
      pairs.add(id);
    }
    for (const type of ENTITY_TYPES) expect(small.nodes.some((n) => n.labels[1] === type)).toBe(true);
    for (const type of RELATIONSHIP_TYPES) expect(small.relationships.some((r) => r.type === type)).toBe(true);
  });

  it('quotes every relationship verbatim from its document at its offsets', () => {
    const text = new Map(small.documents.map((d) => [d.key, d.text]));
    for (const r of small.relationships) {
      const p = r.properties as { evidence_document: string; evidence_start: number; evidence_end: number; evidence_quote: string; inferred: boolean };
      expect(text.get(p.evidence_document)!.slice(p.evidence_start, p.evidence_end)).toBe(p.evidence_quote);
      expect(typeof p.inferred).toBe('boolean');
    }
  });

  it("passes the loader's validation as a whole file", () => {
    const raw: RawGraph = { documents: [], nodes: [], relationships: [] };
    for (const section of ['documents', 'nodes', 'relationships'] as const) {
      small[section].forEach((value, index) => raw[section].push({ value, origin: { file: 'generated.json', path: [section, index], format: 'json' } }));
    }
    const { graph, problems } = validateGraph(raw);
    expect(problems).toEqual([]);
    expect(graph!.relationships).toHaveLength(10_000);
    expect(graph!.documents.reduce((sum, d) => sum + d.sentences.length, 0)).toBe(10_000);
  });

  it('builds ownership between companies as trees: one owner each, and no cycles', () => {
    const owner = new Map<string, string>();
    for (const r of small.relationships) {
      if (r.type !== 'OWNS' || !r.end.startsWith('co-')) continue;
      expect(owner.has(r.end)).toBe(false);
      owner.set(r.end, r.start);
    }
    expect(owner.size).toBeGreaterThan(100);
    for (const start of owner.keys()) {
      const seen = new Set<string>();
      for (let at: string | undefined = start; at; at = owner.get(at)) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
      }
    }
  });

  it('dates events as ISO dates and gives figures numeric values', () => {
    for (const node of small.nodes) {
      if (node.labels[1] === 'Event') expect(node.properties.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (node.labels[1] === 'Figure') expect(typeof node.properties.value).toBe('number');
    }
  });

  it('has a heavy-tailed (power-law) degree distribution', () => {
    const graph = generateCompanyGraph({ nodes: 20_000, relationships: 100_000, seed: 3 });
    const d = degrees(graph);
    expect(Math.max(...d)).toBeGreaterThan(30 * mean(d));
    const alpha = hillTailExponent(d, 400);
    expect(alpha).toBeGreaterThan(1.8);
    expect(alpha).toBeLessThan(3.5);
  });
});
