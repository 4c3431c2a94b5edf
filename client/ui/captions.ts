// Captions: one select per label on the page, listing the label's property keys, to choose which one names its
// nodes; "Automatic" keeps the server's choice, whose reason is written under it. The choice applies everywhere in
// the page (canvas, Details, search, paths, Ask, console), and is kept in the browser and in the address.
import type { Explorer } from '../explorer.ts';
import type { SchemaLabel } from '../graphApi.ts';
import { setCaption } from '../state/view.ts';
import { el, uniqueId } from './dom.ts';

/** Labels to offer (pure): those on the page, and those with a choice, in name order. */
export function labelsToOffer(onPage: Iterable<string>, chosen: Iterable<string>): string[] {
  return [...new Set([...onPage, ...chosen])].sort((a, b) => a.localeCompare(b));
}

/** What "Automatic" means for a label, in words. */
export function automaticText(label: SchemaLabel | undefined): string {
  const keys = label?.caption?.keys ?? (label?.captionKey ? [label.captionKey] : []);
  return keys.length ? `Automatic: ${keys.join(' + ')}` : 'Automatic';
}

export function mountCaptions(root: HTMLElement, explorer: Explorer): void {
  const body = el('div', {});
  root.append(body);
  const schema = new Map(explorer.schema.labels.map((l) => [l.name, l]));
  let shownFor = '';
  const render = () => {
    const onPage = new Set<string>();
    explorer.graph.forEachNode((_, a) => a.labels.forEach((l) => onPage.add(l)));
    const labels = labelsToOffer(onPage, Object.keys(explorer.state.captions));
    const signature = JSON.stringify([labels, explorer.state.captions]);
    if (signature === shownFor) return;
    shownFor = signature;
    const rows = labels.map((name) => {
      const label = schema.get(name);
      const chosen = explorer.state.captions[name] ?? [];
      const keys = [...new Set([...(label?.properties.map((p) => p.key) ?? []), ...chosen])].sort((a, b) => a.localeCompare(b));
      const reasonId = uniqueId('caption-reason');
      const select = el(
        'select',
        { 'aria-label': `Caption of ${name}`, 'aria-describedby': reasonId },
        el('option', { value: '' }, automaticText(label)),
        ...keys.map((key) => el('option', { value: key }, key)),
      );
      // A combination chosen through a link (several keys) shows as one option of its own.
      if (chosen.length > 1) select.append(el('option', { value: chosen.join('\u0000') }, chosen.join(' + ')));
      select.value = chosen.join('\u0000');
      select.addEventListener('change', () => explorer.store.update(setCaption(name, select.value ? select.value.split('\u0000') : [])));
      const reason = chosen.length ? 'Your choice, kept in this browser and in the link.' : (label?.caption?.reason ?? '');
      return el('div', { class: 'caption-choice' }, el('label', { class: 'caption-label' }, name, select), el('p', { id: reasonId, class: 'muted small' }, reason));
    });
    body.replaceChildren(...(rows.length ? rows : [el('p', { class: 'muted' }, 'No labels on the page yet.')]));
  };
  explorer.on('graph', render);
  explorer.onCaptionsChange(render);
  render();
}
