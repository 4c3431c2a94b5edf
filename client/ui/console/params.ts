// The parameters pane: its text → the params object sent with a query (pure). Invalid JSON, or JSON that is
// not an object, is a clear error and nothing is sent.

export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

export function parseParams(text: string): ParamsResult {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'Parameters must be a JSON object, such as {"name": "Alibaba"}.' };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

/** The parameter names in the pane's text, for completion of $name; none while the text is not valid. */
export function parameterNames(text: string): string[] {
  const parsed = parseParams(text);
  return parsed.ok ? Object.keys(parsed.params) : [];
}
