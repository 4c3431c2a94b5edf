// fetch wrappers for the server's API: an error body { error: { code, message } } becomes an ApiRequestError.
import type { ApiError, SourcePosition } from '../server/contract.ts';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Where in a submitted query the error is (Cypher syntax errors, console refusals). */
    readonly position?: SourcePosition,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

async function parse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new ApiRequestError(response.status, 'BAD_RESPONSE', `The server answered ${response.status} with a body that is not JSON.`);
  }
  if (!response.ok) {
    const error = (body as ApiError | undefined)?.error;
    throw new ApiRequestError(response.status, error?.code ?? 'HTTP_' + response.status, error?.message ?? response.statusText, error?.position);
  }
  return body as T;
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  const suffix = query.size ? `?${query}` : '';
  return parse<T>(await fetch(`${path}${suffix}`, { headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return parse<T>(
    await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body), signal }),
  );
}
