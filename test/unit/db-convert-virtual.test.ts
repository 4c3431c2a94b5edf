// Virtual nodes and relationships (negative ids: made up by a procedure such as db.schema.visualization(), not
// in the database) are kept apart from the database's own, whatever type the driver gives their id in, so the
// console can draw them without offering to open or expand them.
import { describe, expect, it } from 'vitest';
import neo4j, { Node, Relationship } from 'neo4j-driver';
import { GraphCollector, toJson } from '../../server/db/convert.ts';

const node = (id: string, identity: unknown) => new Node(identity as never, ['Label'], {}, id);
const rel = (id: string, identity: unknown) => new Relationship(identity as never, neo4j.int(0), neo4j.int(0), 'TYPE', {}, id, 'a', 'b');
const ids = (payload: { nodes: { id: string }[]; relationships: { id: string }[] }) => [payload.nodes.map((n) => n.id), payload.relationships.map((r) => r.id)];

describe('virtual nodes and relationships', () => {
  it('keeps those with a negative id apart, as bigint or as driver Integer', () => {
    const collector = new GraphCollector();
    toJson([node('v1', -1n), node('v2', neo4j.int(-2)), rel('vr1', -1n), rel('vr2', neo4j.int(-5))], collector);
    expect(ids(collector.virtualPayload())).toEqual([['v1', 'v2'], ['vr1', 'vr2']]);
    expect(ids(collector.payload())).toEqual([[], []]);
  });

  it('counts id 0, a positive id and an id of another type as the database’s own', () => {
    const collector = new GraphCollector();
    toJson([node('n0', 0n), node('n1', 7n), node('n2', neo4j.int(0)), node('n3', 7), rel('r0', 0n), rel('r1', 3)], collector);
    expect(ids(collector.payload())).toEqual([['n0', 'n1', 'n2', 'n3'], ['r0', 'r1']]);
    expect(ids(collector.virtualPayload())).toEqual([[], []]);
  });

  it('lists every node made, virtual or not, copies included, for captions', () => {
    const collector = new GraphCollector();
    toJson([node('v1', -1n), node('n1', 1n), node('n1', 1n)], collector);
    expect(collector.converted.map((n) => n.id)).toEqual(['v1', 'n1', 'n1']);
  });

  it('puts what is added without saying it is virtual into the database payload', () => {
    const collector = new GraphCollector();
    collector.addNode({ id: 'n', labels: [], properties: {}, caption: 'n' });
    collector.addRelationship({ id: 'r', type: 'T', start: 'n', end: 'n', properties: {} });
    expect(ids(collector.payload())).toEqual([['n'], ['r']]);
    expect(ids(collector.virtualPayload())).toEqual([[], []]);
  });
});
