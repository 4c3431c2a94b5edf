// Record values → JSON a browser can use without losing anything. The only place that knows driver types:
// integers inside ±2^53 become numbers, outside it decimal strings; temporals ISO-8601 strings;
// points { srid, x, y, z? }; nodes and relationships the contract's GraphNode / GraphRelationship.
import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, isInt } from 'neo4j-driver';
import type { GraphNode, GraphPayload, GraphRelationship } from '../contract.ts';
import { fallbackCaption } from '../schema/captions.ts';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);

/**
 * Collects every node and relationship met while converting, each once; virtual ones (negative ids: not in the
 * database, e.g. db.schema.visualization()'s) apart. `converted` is every node object made, copies included, so a
 * caller can caption each one.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, GraphRelationship>();
  private readonly virtualNodes = new Map<string, GraphNode>();
  private readonly virtualRelationships = new Map<string, GraphRelationship>();
  readonly converted: GraphNode[] = [];

  addNode(node: GraphNode, isVirtual = false): void {
    this.converted.push(node);
    const into = isVirtual ? this.virtualNodes : this.nodes;
    if (!into.has(node.id)) into.set(node.id, node);
  }

  addRelationship(relationship: GraphRelationship, isVirtual = false): void {
    const into = isVirtual ? this.virtualRelationships : this.relationships;
    if (!into.has(relationship.id)) into.set(relationship.id, relationship);
  }

  payload(): GraphPayload {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }

  virtualPayload(): GraphPayload {
    return { nodes: [...this.virtualNodes.values()], relationships: [...this.virtualRelationships.values()] };
  }
}

const isVirtual = (identity: unknown) => (typeof identity === 'bigint' ? identity < 0n : isInt(identity) ? identity.isNegative() : false);

function convertInteger(value: bigint): number | string {
  return value <= MAX_SAFE && value >= MIN_SAFE ? Number(value) : value.toString();
}

function convertProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toJson(value);
  return out;
}

/** Converts any value returned by neo4j-driver (configured with useBigInt) into plain JSON. */
export function toJson(value: unknown, collector?: GraphCollector): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return convertInteger(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isInt(value)) return convertInteger(BigInt(value.toString()));
  if (isNode(value)) {
    const node: GraphNode = { id: value.elementId, labels: [...value.labels], properties: convertProperties(value.properties), caption: '' };
    node.caption = fallbackCaption(node);
    collector?.addNode(node, isVirtual(value.identity));
    return node;
  }
  if (isRelationship(value)) {
    const relationship: GraphRelationship = {
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: convertProperties(value.properties),
    };
    collector?.addRelationship(relationship, isVirtual(value.identity));
    return relationship;
  }
  if (isPath(value)) {
    const start = toJson(value.start, collector);
    const segments = value.segments.map((segment) => ({
      start: toJson(segment.start, collector),
      relationship: toJson(segment.relationship, collector),
      end: toJson(segment.end, collector),
    }));
    return { start, end: toJson(value.end, collector), segments, length: value.length };
  }
  if (isPoint(value)) {
    const srid = Number(value.srid);
    return value.z === undefined ? { srid, x: value.x, y: value.y } : { srid, x: value.x, y: value.y, z: value.z };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, collector));
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toJson(item, collector);
    return out;
  }
  return String(value);
}

/** Converts a node or relationship known to be one (repositories use it on typed records). */
export const nodeToJson = (value: unknown) => toJson(value) as GraphNode;
export const relationshipToJson = (value: unknown) => toJson(value) as GraphRelationship;
