// The view in the URL (pure): selection, look, filters and the steps that built the picture (entities opened,
// expansions, dismissals, paths), so a link reopens the same view. Refs are entity keys or "id:<elementId>".
import { COLOUR_MODES, SIZE_MODES, type ColourMode, type SizeMode } from '../graph/metrics.ts';
import { emptyFilters, type Filters } from '../graph/filters.ts';

export const DIRECTIONS = ['out', 'in', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export type ViewStep =
  | { kind: 'open'; ref: string }
  | { kind: 'expand'; ref: string; type: string | null; direction: Direction }
  | { kind: 'dismiss'; refs: string[] }
  | { kind: 'path'; from: string; to: string };

export interface UrlView {
  selected: string | null;
  steps: ViewStep[];
  filters: Filters;
  colour: ColourMode;
  size: SizeMode;
  /** The person's caption per label: property keys (`cap=Product~productName`, `cap=Person~name,surname`). */
  captions: Record<string, readonly string[]>;
}

export const defaultView = (): UrlView => ({ selected: null, steps: [], filters: emptyFilters(), colour: 'label', size: 'degree', captions: {} });

const SEP = '~';
const enc = (s: string) => encodeURIComponent(s).replace(/~/g, '%7E');
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function encodeStep(step: ViewStep): string {
  switch (step.kind) {
    case 'open':
      return `open${SEP}${enc(step.ref)}`;
    case 'expand':
      return ['exp', enc(step.ref), step.type === null ? '*' : enc(step.type), step.direction].join(SEP);
    case 'dismiss':
      return ['drop', ...step.refs.map(enc)].join(SEP);
    case 'path':
      return ['path', enc(step.from), enc(step.to)].join(SEP);
  }
}

function decodeStep(text: string): ViewStep | null {
  const [kind, ...parts] = text.split(SEP);
  if (kind === 'open' && parts[0]) return { kind: 'open', ref: dec(parts[0]) };
  if (kind === 'exp' && parts[0] && parts[1] && DIRECTIONS.includes(parts[2] as Direction)) {
    return { kind: 'expand', ref: dec(parts[0]), type: parts[1] === '*' ? null : dec(parts[1]), direction: parts[2] as Direction };
  }
  if (kind === 'drop' && parts.length) return { kind: 'dismiss', refs: parts.map(dec) };
  if (kind === 'path' && parts[0] && parts[1]) return { kind: 'path', from: dec(parts[0]), to: dec(parts[1]) };
  return null;
}

const list = (values: readonly string[]) => values.map(enc).join(',');
const unlist = (text: string | null) => (text ? text.split(',').filter(Boolean).map(dec) : []);
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The view as a query string (without "?"); defaults are left out so plain views have short links. */
export function encodeView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.selected) params.set('sel', view.selected);
  for (const step of view.steps) params.append('step', encodeStep(step));
  if (view.filters.hiddenLabels.length) params.set('hl', list(view.filters.hiddenLabels));
  if (view.filters.hiddenTypes.length) params.set('ht', list(view.filters.hiddenTypes));
  if (view.filters.property) {
    params.set('pk', view.filters.property.key);
    params.set('pv', view.filters.property.value);
  }
  if (view.filters.dates) {
    params.set('df', view.filters.dates.from);
    params.set('dt', view.filters.dates.to);
  }
  if (view.colour !== 'label') params.set('colour', view.colour);
  if (view.size !== 'degree') params.set('size', view.size);
  for (const [label, keys] of Object.entries(view.captions)) if (keys.length) params.append('cap', `${enc(label)}${SEP}${list(keys)}`);
  return params.toString();
}

/** Reads a view from a query string; anything malformed is ignored rather than failing the page. */
export function decodeView(search: string): UrlView {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const view = defaultView();
  view.selected = params.get('sel') || null;
  view.steps = params.getAll('step').map(decodeStep).filter((s): s is ViewStep => s !== null);
  view.filters.hiddenLabels = unlist(params.get('hl'));
  view.filters.hiddenTypes = unlist(params.get('ht'));
  const pk = params.get('pk');
  const pv = params.get('pv');
  if (pk && pv) view.filters.property = { key: pk, value: pv };
  const df = params.get('df');
  const dt = params.get('dt');
  if (isDate(df) && isDate(dt)) view.filters.dates = { from: df, to: dt };
  const colour = params.get('colour');
  if (COLOUR_MODES.includes(colour as ColourMode)) view.colour = colour as ColourMode;
  const size = params.get('size');
  if (SIZE_MODES.includes(size as SizeMode)) view.size = size as SizeMode;
  for (const entry of params.getAll('cap')) {
    const [label, keys, ...extra] = entry.split(SEP);
    const decoded = unlist(keys ?? null);
    if (label && decoded.length && !extra.length) view.captions[dec(label)] = decoded;
  }
  return view;
}
