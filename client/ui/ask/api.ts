// POST /api/ask: a question in, an AskResponse (or an ApiRequestError) out.
import type { AskResponse } from '../../../server/contract.ts';
import { postJson } from '../../api.ts';

export function askQuestion(question: string, signal?: AbortSignal): Promise<AskResponse> {
  return postJson<AskResponse>('/api/ask', { question }, signal);
}
