// The console's calls to the server. An error body { error: { code, message, position? } } becomes a
// CypherRequestError that keeps the position, so the editor can mark it.
import type { ApiError, CypherExample, CypherResponse, CypherRoutines, SourcePosition } from '../../../server/contract.ts';

export class CypherRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly position?: SourcePosition,
  ) {
    super(message);
    this.name = 'CypherRequestError';
  }
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new CypherRequestError('BAD_RESPONSE', `The server answered ${response.status} with a body that is not JSON.`);
  }
  if (!response.ok) {
    const error = (body as ApiError | undefined)?.error;
    throw new CypherRequestError(error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText, error?.position);
  }
  return body as T;
}

export async function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
  const response = await fetch('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, params }),
    signal,
  });
  return parse<CypherResponse>(response);
}

const getJson = async <T>(path: string): Promise<T> => parse<T>(await fetch(path, { headers: { accept: 'application/json' } }));

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
