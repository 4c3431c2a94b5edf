// Wires api → state → renderer → ui: loads the schema, builds the Explorer (graph, view state, history), creates
// sigma with the reducers, mounts the panels, then opens the overview and whatever the URL carries.
import { createExplorerGraph } from './graph/build.ts';
import { isFiltering, nodeVisible } from './graph/filters.ts';
import { Explorer, messageOf } from './explorer.ts';
import { fetchSchema } from './graphApi.ts';
import { ForceLayout } from './layout/forceLayout.ts';
import { createRenderer } from './renderer/createRenderer.ts';
import { wireInteractions } from './renderer/interactions.ts';
import { createReducers } from './renderer/reducers.ts';
import { PositionStore } from './state/positions.ts';
import { loadCaptions, saveCaptions } from './state/captionStore.ts';
import { createEntityCombobox } from './ui/combobox.ts';
import { mountCaptions } from './ui/captions.ts';
import { mountConnect } from './ui/connect.ts';
import { mountDetails } from './ui/details.ts';
import { openExpandMenu } from './ui/expandMenu.ts';
import { mountExport } from './ui/exportPanel.ts';
import { mountFilters } from './ui/filters.ts';
import { mountLegend } from './ui/legend.ts';
import { mountLook } from './ui/look.ts';
import { mountSidebar } from './ui/sidebar.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { mountAsk } from './ui/ask/index.ts';
import { mountConsole } from './ui/console/index.ts';

const byId = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  const status = byId('status');
  const announcer = byId('announcer');
  const announce = (text: string) => (announcer.textContent = text);
  const sidebar = mountSidebar();
  try {
    const schema = await fetchSchema();
    const captionKeys = new Map(schema.labels.filter((l) => l.captionKey).map((l) => [l.name, l.captionKey!] as [string, string]));
    const positions = new PositionStore(window.localStorage, 'kg-explorer:positions');
    const graph = createExplorerGraph();
    const context = { focus: null, captionKeys, colours: new Map<string, string>(), savedPosition: (ref: string) => positions.get(ref) };
    const explorer = new Explorer(graph, context, schema, positions);
    const reducers = createReducers(graph, () => explorer.renderInputs);
    const renderer = createRenderer(graph, byId('graph'), reducers);
    const layout = new ForceLayout(graph, (running) => explorer.emit('layout', running));
    explorer.attach(renderer, layout);
    explorer.on('message', announce);
    explorer.on('panel', (id) => sidebar.show(id));

    const search = createEntityCombobox(byId('search'), {
      label: 'Search entities',
      captionOf: (hit) => explorer.captionOfHit(hit),
      placeholder: 'Search entities (press /)',
      clearOnChoose: false,
      onChoose: (hit) => void explorer.openHit(hit).catch((error: unknown) => announce(`Could not open ${hit.caption}: ${messageOf(error)}`)),
    });
    search.input.setAttribute('aria-keyshortcuts', '/');
    mountToolbar(byId('toolbar'), explorer);
    mountLegend(byId('legend'), explorer);
    mountFilters(byId('filters'), explorer);
    mountLook(byId('look'), explorer, layout);
    mountCaptions(byId('captions'), explorer);
    explorer.onCaptionsChange((captions) => saveCaptions(window.localStorage, captions));
    const connect = mountConnect(byId('connect'), explorer);
    mountExport(byId('export'), explorer, renderer);
    mountDetails(byId('details'), explorer, { announce, pathFrom: (id) => connect.setFrom(id) });
    wireInteractions(renderer, explorer, { openMenu: (id, at) => void openExpandMenu(explorer, id, at) });
    // panels mount here
    mountAsk(byId('panel-ask'), explorer);
    explorer.on('console', mountConsole(byId('panel-console'), explorer).open);

    const showCounts = () => {
      const total = explorer.overview?.totalNodes ?? graph.order;
      const filters = explorer.state.filters;
      const hidden = isFiltering(filters) ? graph.filterNodes((_, a) => !nodeVisible(a, filters)).length : 0;
      status.textContent = `${graph.order} nodes, ${graph.size} relationships shown${hidden ? ` (${hidden} hidden by filters)` : ''}`;
      status.dataset.hidden = String(hidden);
      status.dataset.nodes = String(graph.order);
      const notice = byId('notice');
      const more = total - (explorer.overview?.nodes.length ?? 0);
      notice.hidden = more <= 0;
      notice.textContent = more > 0 ? `Opened on the ${explorer.overview?.nodes.length} best-connected of ${total} nodes; ${more} more are in the database: search or expand to bring them in.` : '';
    };
    explorer.on('graph', showCounts);
    explorer.store.subscribe((state, previous) => {
      if (state.filters !== previous.filters) showCounts();
    });
    wireKeyboard(explorer, () => search.focus());
    await explorer.start(location.search, loadCaptions(window.localStorage));
    showCounts();
    explorer.fitTo();
    renderer.refresh();
    // Milliseconds from navigation start to the opening picture drawn (read by the browser tests' report).
    const firstFrameMs = Math.round(performance.now());
    (window as unknown as { __explorer: unknown }).__explorer = { graph, renderer, explorer, firstFrameMs };
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.textContent = `Could not load the graph: ${messageOf(error)}`;
  }
}

function wireKeyboard(explorer: Explorer, focusSearch: () => void): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (typing) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/' && !mod) {
      event.preventDefault();
      focusSearch();
    } else if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) explorer.redo();
      else explorer.undo();
    } else if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      explorer.redo();
    } else if (event.key === 'Escape') {
      explorer.clearSelection();
    } else if (event.key === 'Delete') {
      const selection = explorer.state.selection;
      if (selection?.kind === 'node') explorer.dismiss([selection.id]);
    }
  });
}

void start();
