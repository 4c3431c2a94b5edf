// The expand menu: neighbours by relationship type and direction, each with its count before it runs, pages of
// 25 and "+N more" for the rest. Opens from the Details panel's "Expand…" button or a right-click on a node.
import type { Explorer } from '../explorer.ts';
import { messageOf } from '../explorer.ts';
import { menuEntries } from '../state/expansion.ts';
import { pagesExpanded } from '../state/view.ts';
import { el } from './dom.ts';

let open: { menu: HTMLElement; close: () => void } | null = null;

export function closeExpandMenu(): void {
  open?.close();
}

export async function openExpandMenu(explorer: Explorer, nodeId: string, anchor: HTMLElement | { x: number; y: number }): Promise<void> {
  closeExpandMenu();
  const name = explorer.graph.getNodeAttribute(nodeId, 'label');
  const menu = el('div', { role: 'menu', 'aria-label': `Expand ${name}`, class: 'menu', tabindex: '-1' }, el('p', { class: 'muted' }, 'Counting neighbours…'));
  document.body.append(menu);
  const place = () => {
    const at = anchor instanceof HTMLElement ? anchor.getBoundingClientRect() : { left: anchor.x, bottom: anchor.y };
    menu.style.left = `${Math.min(at.left, window.innerWidth - menu.offsetWidth - 8)}px`;
    menu.style.top = `${Math.min(at.bottom + 4, window.innerHeight - menu.offsetHeight - 8)}px`;
  };
  place();
  if (anchor instanceof HTMLElement) anchor.setAttribute('aria-expanded', 'true');
  const onOutside = (event: MouseEvent) => {
    if (!menu.contains(event.target as Node)) close();
  };
  const close = () => {
    menu.remove();
    document.removeEventListener('mousedown', onOutside, true);
    if (anchor instanceof HTMLElement) {
      anchor.setAttribute('aria-expanded', 'false');
      if (document.activeElement === document.body || !document.activeElement) anchor.focus();
    }
    if (open?.menu === menu) open = null;
  };
  open = { menu, close };
  document.addEventListener('mousedown', onOutside, true);

  let details;
  try {
    details = await explorer.nodeDetails(nodeId);
  } catch (error) {
    menu.replaceChildren(el('p', {}, `Could not count neighbours: ${messageOf(error)}`));
    return;
  }
  if (open?.menu !== menu) return;
  const ref = explorer.refOf(nodeId);
  const entries = menuEntries(details.counts, (type, direction) => pagesExpanded(explorer.state, ref, type, direction));
  const items = entries.map((entry) => {
    const item = el('button', { type: 'button', role: 'menuitem', class: 'menuitem', tabindex: '-1', 'aria-disabled': entry.disabled ? 'true' : undefined }, entry.label);
    item.addEventListener('click', () => {
      if (entry.disabled) return;
      close();
      void explorer.expand(nodeId, entry.type, entry.direction).catch((error: unknown) => explorer.emit('message', `Could not expand: ${messageOf(error)}`));
    });
    return item;
  });
  menu.replaceChildren(...(details.counts.length ? items : [el('p', { class: 'muted' }, `${name} has no neighbours to add.`)]));
  place();
  const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
  menu.addEventListener('keydown', (event) => {
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  });
  focusAt(0);
}
