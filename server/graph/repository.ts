// Graph repository: the only code of the graph feature that runs Cypher.
import type { GraphNode, GraphRelationship } from '../contract.ts';
import { toJson } from '../db/convert.ts';
import { int, type Database } from '../db/driver.ts';

export async function readOverview(db: Database, limit: number): Promise<{ nodes: GraphNode[]; relationships: GraphRelationship[] }> {
  const result = await db.read('overview', { limit: int(limit) });
  const record = result.records[0];
  if (!record) return { nodes: [], relationships: [] };
  return {
    nodes: toJson(record.get('nodes')) as GraphNode[],
    relationships: toJson(record.get('relationships')) as GraphRelationship[],
  };
}

export async function countNodes(db: Database): Promise<number> {
  const result = await db.read('count-nodes');
  return Number(result.records[0]?.get('total') ?? 0);
}
