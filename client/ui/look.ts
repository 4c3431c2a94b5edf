// Look and layout: colour by label or community, size by degree or PageRank, ForceAtlas2 start/stop (in a web
// worker), noverlap to tidy, fit to screen.
import type { Explorer } from '../explorer.ts';
import type { ForceLayout } from '../layout/forceLayout.ts';
import type { ColourMode, SizeMode } from '../graph/metrics.ts';
import { setColour, setSize } from '../state/view.ts';
import { button, el } from './dom.ts';

export function mountLook(root: HTMLElement, explorer: Explorer, layout: ForceLayout): void {
  const colour = el(
    'select',
    { 'aria-label': 'Colour nodes by' },
    el('option', { value: 'label' }, 'Colour by label'),
    el('option', { value: 'community' }, 'Colour by community (Louvain)'),
  );
  const size = el(
    'select',
    { 'aria-label': 'Size nodes by' },
    el('option', { value: 'degree' }, 'Size by degree'),
    el('option', { value: 'pagerank' }, 'Size by PageRank'),
    el('option', { value: 'uniform' }, 'Same size'),
  );
  colour.value = explorer.state.colour;
  size.value = explorer.state.size;
  colour.addEventListener('change', () => explorer.store.update(setColour(colour.value as ColourMode)));
  size.addEventListener('change', () => explorer.store.update(setSize(size.value as SizeMode)));
  explorer.store.subscribe((s) => {
    colour.value = s.colour;
    size.value = s.size;
  });

  const toggle = button('Start layout', () => (layout.isRunning() ? layout.stop() : layout.start()), { 'aria-pressed': 'false' });
  explorer.on('layout', (running) => {
    toggle.textContent = running ? 'Stop layout' : 'Start layout';
    toggle.setAttribute('aria-pressed', String(running));
    if (!running) explorer.savePositions();
  });
  const tidy = button('Tidy overlaps', () => {
    layout.tidy();
    explorer.savePositions();
  });
  const fit = button('Fit to screen', () => explorer.fitTo());
  root.append(el('div', { class: 'row' }, colour), el('div', { class: 'row' }, size), el('div', { class: 'row' }, toggle, tidy, fit));
}
