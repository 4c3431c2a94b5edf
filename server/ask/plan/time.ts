// Time in questions and answers: "June 2020", "Q4 2019", "the fourth quarter of 2019", "9 October 2020", "2019"
// read as half-open date ranges; dates and periods written back the way people write them.

export interface TimeRange {
  /** First day, ISO (inclusive). */
  from: string;
  /** Day after the last day, ISO (exclusive). */
  to: string;
  /** The words as a person writes them: "June 2020", "Q4 2019". */
  label: string;
  /** Figure periods ("2019-Q4", "2019-10", "2019") that lie inside the range. */
  periods: string[];
  /** Character span in the question. */
  start: number;
  end: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
const MONTH_PATTERN = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4 };
const YEAR = '((?:19|20)\\d\\d)';

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (text: string) => MONTHS.findIndex((m) => m.startsWith(text.toLowerCase().slice(0, 3))) + 1;

function yearRange(year: number): Omit<TimeRange, 'start' | 'end'> {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
  return { from: `${year}-01-01`, to: `${year + 1}-01-01`, label: String(year), periods: [String(year), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...months] };
}

function quarterRange(year: number, quarter: number): Omit<TimeRange, 'start' | 'end'> {
  const first = (quarter - 1) * 3 + 1;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(first + 3)}-01`;
  const months = [0, 1, 2].map((i) => `${year}-${pad(first + i)}`);
  return { from: `${year}-${pad(first)}-01`, to: next, label: `Q${quarter} ${year}`, periods: [`${year}-Q${quarter}`, ...months] };
}

function monthRange(year: number, month: number): Omit<TimeRange, 'start' | 'end'> {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { from: `${year}-${pad(month)}-01`, to: next, label: `${MONTH_NAMES[month - 1]} ${year}`, periods: [`${year}-${pad(month)}`] };
}

function dayRange(year: number, month: number, day: number): Omit<TimeRange, 'start' | 'end'> {
  const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  return { from: `${year}-${pad(month)}-${pad(day)}`, to: next, label: `${day} ${MONTH_NAMES[month - 1]} ${year}`, periods: [`${year}-${pad(month)}-${pad(day)}`] };
}

const RULES: { pattern: RegExp; read(m: RegExpExecArray): Omit<TimeRange, 'start' | 'end'> | undefined }[] = [
  { pattern: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'gi'), read: (m) => dayRange(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_PATTERN}\\.?,?\\s+${YEAR}\\b`, 'gi'), read: (m) => dayRange(+m[3]!, monthOf(m[2]!), +m[1]!) },
  { pattern: new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'), read: (m) => dayRange(+m[3]!, monthOf(m[1]!), +m[2]!) },
  { pattern: new RegExp(`\\bq([1-4])\\s*(?:of\\s+)?${YEAR}\\b`, 'gi'), read: (m) => quarterRange(+m[2]!, +m[1]!) },
  { pattern: new RegExp(`\\b${YEAR}\\s*-?\\s*q([1-4])\\b`, 'gi'), read: (m) => quarterRange(+m[1]!, +m[2]!) },
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+quarter\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    read: (m) => quarterRange(+m[2]!, ORDINALS[m[1]!.toLowerCase()]!),
  },
  { pattern: new RegExp(`\\b${MONTH_PATTERN}\\.?(?:\\s+of)?,?\\s+${YEAR}\\b`, 'gi'), read: (m) => monthRange(+m[2]!, monthOf(m[1]!)) },
  { pattern: new RegExp(`\\b${YEAR}-(\\d\\d)\\b`, 'gi'), read: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? monthRange(+m[1]!, +m[2]!) : undefined) },
  { pattern: new RegExp(`${YEAR}年(\\d{1,2})月`, 'g'), read: (m) => monthRange(+m[1]!, +m[2]!) },
  { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${YEAR}(?:年)?(?![\\p{L}\\p{N}])`, 'gu'), read: (m) => yearRange(+m[1]!) },
];

/** The time expressions of a question, longest first where they overlap, outside the spans given (names). */
export function findTimes(question: string, taken: readonly { start: number; end: number }[] = []): TimeRange[] {
  const found: TimeRange[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const rule of RULES) {
    for (const m of question.matchAll(rule.pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, span)) || found.some((t) => overlaps(t, span))) continue;
      const range = rule.read(m as RegExpExecArray);
      if (range && !range.from.includes('NaN')) found.push({ ...range, ...span });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "10 September 2019", "June 2020", "2019": a stored date at its precision. */
export function formatDate(iso: string, precision?: unknown): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year) return iso;
  if (precision === 'year' || !month) return String(year);
  if (precision === 'month' || !day) return `${MONTH_NAMES[month - 1]} ${year}`;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "2019-Q4" → "Q4 2019", "2020-06" → "June 2020"; anything else as it is. */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  if (/^\d{4}-\d\d(-\d\d)?$/.test(period)) return formatDate(period, period.length === 7 ? 'month' : 'day');
  return period;
}
