// Expansions in pages (pure): how many neighbours one expansion brings, and the expand menu's entries with the
// count of each type and direction before it runs, "+N more" once a first page is on the page.
import type { NeighbourCount } from '../../server/contract.ts';
import type { Direction } from './urlState.ts';

export const EXPAND_PAGE = 25;

export interface MenuEntry {
  label: string;
  type: string | null;
  direction: Direction;
  disabled: boolean;
}

/** The menu's entries for counts per type/direction and what is already expanded (pure). */
export function menuEntries(
  counts: NeighbourCount[],
  pagesOf: (type: string | null, direction: Direction) => number,
): MenuEntry[] {
  const entry = (type: string | null, direction: Direction, count: number, name: string): MenuEntry => {
    const pages = pagesOf(type, direction);
    const remaining = count - pages * EXPAND_PAGE;
    if (pages > 0 && remaining <= 0) return { label: `${name}: all ${count} shown`, type, direction, disabled: true };
    if (pages > 0) return { label: `${name}: +${remaining} more`, type, direction, disabled: false };
    const first = count > EXPAND_PAGE ? ` (first ${EXPAND_PAGE}, +${count - EXPAND_PAGE} more)` : '';
    return { label: `${name}: ${count}${first}`, type, direction, disabled: false };
  };
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const entries = [entry(null, 'both', total, 'All neighbours')];
  for (const c of counts) entries.push(entry(c.type, c.direction, c.count, `${c.type} ${c.direction === 'out' ? '→ outgoing' : '← incoming'}`));
  return entries;
}

