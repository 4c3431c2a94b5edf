// The console's calls to the server. An error body { error: { code, message, position? } } becomes a
// CypherRequestError that keeps the position, so the editor can mark it.
import type { CypherExample, CypherResponse, CypherRoutines } from '../../../server/contract.ts';
import { getJson, postJson } from '../../api.ts';

/** A failed console request; `position` locates a syntax error or a refusal in the query. */
export { ApiRequestError as CypherRequestError } from '../../api.ts';

export const runCypher = (query: string, params: Record<string, unknown>, signal?: AbortSignal) =>
  postJson<CypherResponse>('/api/cypher', { query, params }, signal);

export const fetchRoutines = () => getJson<CypherRoutines>('/api/cypher/procedures');
export const fetchExamples = () => getJson<CypherExample[]>('/api/cypher/examples');

export interface SchemaNames {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export async function fetchSchemaNames(): Promise<SchemaNames> {
  const schema = await getJson<{ labels: { name: string }[]; relationshipTypes: { name: string }[]; propertyKeys: string[] }>('/api/schema');
  return { labels: schema.labels.map((l) => l.name), relationshipTypes: schema.relationshipTypes.map((t) => t.name), propertyKeys: schema.propertyKeys };
}
