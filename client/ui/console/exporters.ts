// Exports of a result (pure text; ../download.ts saves them as files). CSV follows RFC 4180: every cell
// quoted when it holds a comma, quote or line break; nested values are written as JSON.
import type { CypherResponse } from '../../../server/contract.ts';

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultToCsv(result: Pick<CypherResponse, 'columns' | 'rows'>): string {
  const lines = [result.columns.map(csvCell).join(','), ...result.rows.map((row) => row.map(csvCell).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export function resultToJson(result: CypherResponse): string {
  const records = result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
  return JSON.stringify({ columns: result.columns, records, graph: result.graph, truncated: result.truncated, limit: result.limit }, null, 2);
}
