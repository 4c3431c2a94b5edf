// CSV input: a nodes file (columns key, labels, then properties) or a relationships file (columns type, start,
// end, optional key, then properties). A property column may name its type after a colon, as neo4j-admin does:
// "born:int", "value:float", "date:date", "at:datetime", "active:boolean", "aliases:string[]" (list items
// separated by ";"). A datetime cell is YYYY-MM-DDTHH:MM[:SS[.fraction]] with Z or ±HH:MM (none: UTC).
// Without a type a column holds strings. An empty cell leaves the property out.
import type { FileValue } from './format.ts';
import type { FoundProblem, Origin, RawItem } from './validate.ts';

export interface CsvRecord {
  line: number;
  cells: string[];
}

/** RFC 4180 records ("" escapes a quote, quoted cells may span lines), each with the line it starts on. */
export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) return { records, error: { line: recordLine, message: 'a quoted cell is not closed' } };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

const COLUMN_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'datetime'] as const;
type ColumnType = (typeof COLUMN_TYPES)[number];

interface PropertyColumn {
  index: number;
  name: string;
  type: ColumnType;
  list: boolean;
}

function parseColumn(header: string, index: number): PropertyColumn | string {
  const match = /^([^:]+)(?::([a-z]+)(\[\])?)?$/.exec(header.trim());
  if (!match) return `column "${header}" must be name or name:type`;
  const type = (match[2] ?? 'string') as ColumnType;
  if (!COLUMN_TYPES.includes(type)) return `column "${header}": unknown type "${match[2]}" (use ${COLUMN_TYPES.join(', ')}, with [] for a list)`;
  return { index, name: match[1]!, type, list: Boolean(match[3]) };
}

function convertCell(text: string, type: ColumnType): FileValue | string[] | undefined {
  switch (type) {
    case 'string':
      return text;
    case 'int':
      return /^-?\d+$/.test(text.trim()) ? (Number.isSafeInteger(Number(text)) ? Number(text) : { $int: text.trim() }) : undefined;
    case 'float': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? { $float: n } : undefined;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'date':
      return { $date: text.trim() };
    case 'datetime':
      return { $datetime: text.trim() };
  }
}

function convertValue(text: string, column: PropertyColumn): FileValue | string {
  if (!column.list) {
    const value = convertCell(text, column.type);
    return value === undefined ? `"${text}" is not a ${column.type}` : (value as FileValue);
  }
  const items = text.split(';');
  if (column.type === 'string') return items;
  if (column.type === 'date' || column.type === 'datetime') return `lists of ${column.type}s are not supported`;
  const values: (number | boolean)[] = [];
  for (const item of items) {
    const value = convertCell(item, column.type);
    if (value === undefined || (typeof value === 'object' && '$int' in value)) return `"${item}" is not a ${column.type}`;
    values.push(typeof value === 'object' && '$float' in value ? value.$float : (value as number | boolean));
  }
  return values as FileValue;
}

export interface CsvGraphPart {
  kind?: 'nodes' | 'relationships';
  items: RawItem[];
  problems: FoundProblem[];
}

/** Turns one CSV file into raw node or relationship items (the shape of the JSON format) for the validator. */
export function readCsvGraph(file: string, text: string): CsvGraphPart {
  const problems: FoundProblem[] = [];
  const at = (line: number): Origin => ({ file, line, path: [], format: 'csv' });
  const { records, error } = parseCsv(text);
  if (error) return { items: [], problems: [{ code: 'BAD_SYNTAX', origin: at(error.line), field: [], message: error.message }] };
  const [header, ...rows] = records;
  if (!header) return { items: [], problems: [{ code: 'BAD_SHAPE', origin: at(1), field: [], message: 'the file is empty' }] };
  const names = header.cells.map((cell) => cell.trim());
  const kind = names.includes('labels') ? 'nodes' : ['type', 'start', 'end'].every((n) => names.includes(n)) ? 'relationships' : undefined;
  if (!kind) {
    const message = 'the header must have "key,labels,…" (a nodes file) or "type,start,end,…" (a relationships file)';
    return { items: [], problems: [{ code: 'BAD_SHAPE', origin: at(header.line), field: [], message }] };
  }
  const fixed = kind === 'nodes' ? ['key', 'labels'] : ['type', 'start', 'end', 'key'];
  const columns: PropertyColumn[] = [];
  names.forEach((name, index) => {
    if (fixed.includes(name)) return;
    const column = parseColumn(name, index);
    if (typeof column === 'string') problems.push({ code: 'BAD_SHAPE', origin: at(header.line), field: [name], message: column });
    else columns.push(column);
  });
  if (problems.length > 0) return { kind, items: [], problems };

  const items: RawItem[] = [];
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      problems.push({ code: 'BAD_SHAPE', origin: at(row.line), field: [], message: `${row.cells.length} cells where the header has ${names.length}` });
      continue;
    }
    const cell = (name: string) => {
      const index = names.indexOf(name);
      return index >= 0 && row.cells[index] !== '' ? row.cells[index] : undefined;
    };
    const properties: Record<string, unknown> = {};
    for (const column of columns) {
      const text = row.cells[column.index]!;
      if (text === '') continue;
      const value = convertValue(text, column);
      if (typeof value === 'string' && !(column.type === 'string' && !column.list)) {
        problems.push({ code: 'BAD_PROPERTY', origin: at(row.line), field: ['properties', column.name], message: value });
      } else properties[column.name] = value;
    }
    const value =
      kind === 'nodes'
        ? { key: cell('key'), labels: cell('labels')?.split(';').map((l) => l.trim()), properties }
        : { type: cell('type'), start: cell('start'), end: cell('end'), ...(cell('key') !== undefined ? { key: cell('key') } : {}), properties };
    items.push({ value, origin: at(row.line) });
  }
  return { kind, items, problems };
}

/**
 * Where a cell begins: line and column (1-based, in characters) of cell `cellIndex` of the record that starts on
 * line `line`. Used only to place problems, so it re-reads that one record instead of keeping every position.
 */
export function cellPlace(text: string, lineStarts: readonly number[], line: number, cellIndex: number): { line: number; column: number } | undefined {
  let i = lineStarts[line - 1];
  if (i === undefined) return undefined;
  let currentLine = line;
  let lineStart = i;
  let quoted = false;
  for (let cell = 0; ; i++) {
    if (cell === cellIndex) return { line: currentLine, column: i - lineStart + 1 };
    const ch = text[i];
    if (ch === undefined) return undefined;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      else if (ch === '\n') (currentLine++, (lineStart = i + 1));
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cell++;
    else if (ch === '\n' || ch === '\r') return undefined;
  }
}

/** Offsets where each line of `text` begins (lines end at \n, or at a \r not followed by \n, as in parseCsv). */
export function lineStartsOf(text: string): number[] {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
