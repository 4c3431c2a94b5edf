// The explorer page's core: the graphology graph on screen, the view state, the undo history, and every change
// to the picture (open, expand, dismiss, connect, undo/redo), each recorded as a Delta. Implements ExplorerHost
// for the Ask and Console panels. UI modules call these methods and listen; they never touch sigma directly.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { GraphNode, GraphPayload, NodeDetailsResponse, OverviewResponse, SearchHit } from '../server/contract.ts';
import type { ExplorerHost } from './host.ts';
import { mergePayload, relabel, typicalSpacing, type BuildContext, type ExplorerGraph } from './graph/build.ts';
import { captionOf, type CaptionChoices } from './graph/caption.ts';
import { applyDelta, invert, isEmptyDelta, recordEdges, recordNodes, removalOf, type Delta } from './graph/delta.ts';
import { communities, nodeSizes } from './graph/metrics.ts';
import { fetchConnections, fetchNeighbours, fetchNode, fetchNodeById, fetchOverview, fetchPaths, type SchemaResponse } from './graphApi.ts';
import type { ForceLayout } from './layout/forceLayout.ts';
import { syncEdgeWork, type ExplorerRenderer } from './renderer/createRenderer.ts';
import { isLargePicture } from './renderer/pictureSize.ts';
import { LABEL_MAX, type RenderInputs } from './renderer/reducers.ts';
import { redo as redoHistory, undo as undoHistory } from './state/history.ts';
import type { PositionStore } from './state/positions.ts';
import { decodeView, encodeView, type Direction, type ViewStep } from './state/urlState.ts';
import { EXPAND_PAGE } from './state/expansion.ts';
import { Store } from './state/store.ts';
import * as view from './state/view.ts';

export const OVERVIEW_LIMIT = 300;
/** Above this many edges on the page, edge work is done only when it can matter (renderer/pictureSize.ts). */
export { LARGE_PICTURE_EDGES } from './renderer/pictureSize.ts';

export interface ExplorerEvents {
  /** The picture changed (nodes or edges added or removed). */
  graph: () => void;
  /** A message for the person (errors, results). */
  message: (text: string) => void;
  /** The ForceAtlas2 worker started or stopped. */
  layout: (running: boolean) => void;
  /** Ask the page to show a side panel. */
  panel: (id: 'details' | 'ask' | 'console') => void;
  /** Ask the page to open a query in the console. */
  console: (query: string, params?: Record<string, unknown>) => void;
}

type Listeners = { [K in keyof ExplorerEvents]: Set<ExplorerEvents[K]> };

export class Explorer implements ExplorerHost {
  readonly store = new Store<view.ViewState>(view.emptyViewState());
  renderInputs: RenderInputs;
  overview: OverviewResponse | null = null;
  private readonly details = new Map<string, Promise<NodeDetailsResponse>>();
  private readonly listeners: Listeners = { graph: new Set(), message: new Set(), layout: new Set(), panel: new Set(), console: new Set() };
  private busy = Promise.resolve();
  private restoring = false;

  constructor(
    readonly graph: ExplorerGraph,
    readonly context: BuildContext,
    readonly schema: SchemaResponse,
    readonly positions: PositionStore,
    private renderer: ExplorerRenderer | null = null,
    private layout: ForceLayout | null = null,
  ) {
    this.renderInputs = { view: this.store.get(), sizes: new Map(), communities: new Map(), hoveredNode: null, hoveredEdge: null, zoomedIn: false };
    this.store.subscribe((state, previous) => {
      const lookChanged = state.size !== previous.size || state.colour !== previous.colour;
      if (lookChanged) this.recomputeMetrics();
      if (state.captions !== previous.captions) this.applyCaptions(state.captions);
      this.setInputs({ view: state });
      if (!this.restoring) this.writeUrl();
    });
  }

  attach(renderer: ExplorerRenderer, layout: ForceLayout): void {
    this.renderer = renderer;
    this.layout = layout;
  }

  on<K extends keyof ExplorerEvents>(event: K, listener: ExplorerEvents[K]): () => void {
    (this.listeners[event] as Set<ExplorerEvents[K]>).add(listener);
    return () => (this.listeners[event] as Set<ExplorerEvents[K]>).delete(listener);
  }

  emit<K extends keyof ExplorerEvents>(event: K, ...args: Parameters<ExplorerEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<ExplorerEvents[K]>) => void)(...args);
  }

  /** A node's caption as the page shows it everywhere: the person's choice for its label first. */
  captionOf(node: Pick<GraphNode, 'id' | 'labels' | 'properties' | 'caption'>): string {
    if (this.graph.hasNode(node.id)) return this.graph.getNodeAttribute(node.id, 'label');
    return captionOf(node, this.state.captions, this.context.captionKeys);
  }

  /** A search hit's caption: as the page shows the node when it is on the page, else the server's. */
  captionOfHit(hit: SearchHit): string {
    return this.graph.hasNode(hit.id) ? this.graph.getNodeAttribute(hit.id, 'label') : hit.caption;
  }

  /** Calls `listener` after the person changed a label's caption. */
  onCaptionsChange(listener: (captions: CaptionChoices) => void): () => void {
    return this.store.subscribe((state, previous) => {
      if (state.captions !== previous.captions) listener(state.captions);
    });
  }

  private applyCaptions(captions: CaptionChoices): void {
    this.context.captions = captions;
    relabel(this.graph, this.context);
    this.renderer?.refresh();
  }

  get state(): view.ViewState {
    return this.store.get();
  }

  setInputs(change: Partial<RenderInputs>): void {
    this.renderInputs = { ...this.renderInputs, ...change };
    this.syncEdgeLabels();
    this.renderer?.refresh({ skipIndexation: true });
  }

  /** Sigma's per-frame edge work for the picture's size, zoom, hover and focus: the rule is renderer/pictureSize.ts. */
  private syncEdgeLabels(): void {
    if (!this.renderer) return;
    const i = this.renderInputs;
    syncEdgeWork(this.renderer, {
      zoomedIn: i.zoomedIn,
      hovering: i.hoveredNode !== null || i.hoveredEdge !== null,
      focused: !!i.view.selection || !!i.view.highlight,
    });
  }

  /** Runs changes one after another, so a double-click during a search cannot interleave with it. */
  private queue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.busy.then(task, task);
    this.busy = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  // ---- the opening picture and links ----

  /** Opens the page: the overview, then what the link carries; `storedCaptions` are the browser's, under the link's. */
  async start(search: string, storedCaptions: CaptionChoices = {}): Promise<void> {
    const url = decodeView(search);
    this.restoring = true;
    try {
      this.store.update(view.setCaptions({ ...storedCaptions, ...url.captions }));
      this.overview = await fetchOverview(OVERVIEW_LIMIT);
      this.context.focus = this.overview.focus;
      const added = mergePayload(this.graph, this.overview, this.context);
      const placedFromMemory = added.nodes.filter((id) => this.positions.get(this.graph.getNodeAttribute(id, 'ref') ?? '')).length;
      if (placedFromMemory < added.nodes.length / 2 && this.layout) {
        this.layout.settle();
        this.layout.tidy();
      }
      this.store.update((s) => ({ ...s, filters: url.filters, colour: url.colour, size: url.size }));
      this.afterGraphChange();
      for (const step of url.steps) {
        try {
          await this.replay(step);
        } catch (error) {
          this.emit('message', `Could not reopen part of the link: ${messageOf(error)}`);
        }
      }
      if (url.selected) {
        const id = this.idOfRef(url.selected);
        if (id) this.select(id);
      }
    } finally {
      this.restoring = false;
    }
    this.writeUrl();
  }

  private async replay(step: ViewStep): Promise<void> {
    if (step.kind === 'open') await this.openRef(step.ref, { select: false });
    else if (step.kind === 'expand') {
      const id = this.idOfRef(step.ref);
      if (id) await this.expand(id, step.type, step.direction);
    } else if (step.kind === 'dismiss') {
      const ids = step.refs.map((r) => this.idOfRef(r)).filter((x): x is string => !!x);
      if (ids.length) this.dismiss(ids);
    } else if (step.kind === 'path') {
      const [from, to] = await Promise.all([this.resolveRef(step.from), this.resolveRef(step.to)]);
      await this.connect(from, to);
    }
  }

  /** The elementId of a ref, asking the server when the node is not on the page. */
  private async resolveRef(ref: string): Promise<string> {
    return this.idOfRef(ref) ?? (ref.startsWith('id:') ? ref.slice(3) : (await fetchNode(ref)).node.id);
  }

  idOfRef(ref: string): string | undefined {
    if (ref.startsWith('id:') && this.graph.hasNode(ref.slice(3))) return ref.slice(3);
    return this.graph.findNode((_, a) => a.ref === ref);
  }

  refOf(id: string): string {
    return this.graph.getNodeAttribute(id, 'ref') ?? `id:${id}`;
  }

  private writeUrl(): void {
    const s = this.state;
    const selected = s.selection?.kind === 'node' && this.graph.hasNode(s.selection.id) ? this.refOf(s.selection.id) : null;
    const query = encodeView({ selected, steps: view.stepsOf(s), filters: s.filters, colour: s.colour, size: s.size, captions: { ...s.captions } });
    const target = `${location.pathname}${query ? `?${query}` : ''}`;
    if (target !== `${location.pathname}${location.search}`) history.replaceState(null, '', target);
  }

  // ---- changes to the picture ----

  /** Records a change already applied to the graph (or applies a removal) and refreshes everything. */
  private commit(label: string, delta: Delta, step: ViewStep | null): void {
    // An expansion or a path that added nothing is still recorded: the link must carry it, and "+N more" counts pages.
    if (isEmptyDelta(delta) && step?.kind !== 'expand' && step?.kind !== 'path') return;
    this.store.update(view.record({ label, delta, step }));
    this.afterGraphChange();
  }

  private deltaOfAdded(added: { nodes: string[]; edges: string[] }): Delta {
    return { added: { nodes: recordNodes(this.graph, added.nodes), edges: recordEdges(this.graph, added.edges) }, removed: { nodes: [], edges: [] } };
  }

  /** Adds a payload and the relationships between its new nodes and the nodes already on the page. */
  private async addPayload(payload: GraphPayload, origin?: string): Promise<{ nodes: string[]; edges: string[] }> {
    const before = new Set(this.graph.nodes());
    // Saved positions rebuild a picture (opening, a link); what the person adds now goes next to where it came from.
    const context = this.restoring ? this.context : { ...this.context, savedPosition: undefined, ...this.placementView() };
    const added = mergePayload(this.graph, payload, context, origin);
    if (added.nodes.length && before.size) {
      const { relationships } = await fetchConnections(added.nodes, [...before, ...added.nodes].slice(0, 5000));
      const extra = mergePayload(this.graph, { nodes: [], relationships }, this.context);
      added.edges.push(...extra.edges);
    }
    return added;
  }

  /** The current zoom's label sizes and the screen's middle, for placing what the person adds (graph/placement.ts). */
  private placementView(): Pick<BuildContext, 'labelMetrics' | 'viewCentre'> {
    const renderer = this.renderer;
    if (!renderer) return {};
    const { width, height } = renderer.getDimensions();
    const a = renderer.viewportToGraph({ x: 0, y: 0 });
    const b = renderer.viewportToGraph({ x: 100, y: 0 });
    const centre = renderer.viewportToGraph({ x: width / 2, y: height / 2 });
    const unitsPerPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
    if (!Number.isFinite(unitsPerPixel) || unitsPerPixel <= 0 || !Number.isFinite(centre.x) || !Number.isFinite(centre.y)) return {};
    const labelMetrics = { unitsPerPixel, fontSize: renderer.getSetting('labelSize'), nodeRadius: 8, maxChars: LABEL_MAX };
    return { labelMetrics, viewCentre: this.graph.order ? undefined : centre };
  }

  private afterGraphChange(): void {
    if (this.graph.size >= 3) this.context.spacing = typicalSpacing(this.graph, this.context.spacing);
    relabel(this.graph, this.context);
    indexParallelEdgesIndex(this.graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
    this.details.clear();
    this.store.update(view.pruneMissing((id) => this.graph.hasNode(id), (id) => this.graph.hasEdge(id)));
    this.recomputeMetrics();
    this.syncEdgeLabels();
    this.savePositions();
    this.renderer?.refresh();
    this.emit('graph');
  }

  private recomputeMetrics(): void {
    const s = this.state;
    this.renderInputs = {
      ...this.renderInputs,
      view: s,
      sizes: nodeSizes(this.graph, s.size),
      communities: s.colour === 'community' ? communities(this.graph) : new Map(),
      largePicture: isLargePicture(this.graph.size),
    };
  }

  savePositions(): void {
    this.positions.save(this.graph.mapNodes((_, a) => [a.ref ?? '', { x: a.x, y: a.y, fixed: a.fixed }] as [string, { x: number; y: number; fixed?: boolean }]));
  }

  /** Brings a node (by entity key or "id:<elementId>") into view; returns its id. */
  openRef(ref: string, options: { select: boolean } = { select: true }): Promise<string | undefined> {
    return this.queue(async () => {
      const existing = this.idOfRef(ref);
      if (existing) {
        if (options.select) this.select(existing, { centre: true });
        return existing;
      }
      const details = await fetchNode(ref);
      return this.bringIn(details, ref, options.select);
    });
  }

  openHit(hit: SearchHit): Promise<string | undefined> {
    if (this.graph.hasNode(hit.id)) {
      this.select(hit.id, { centre: true });
      return Promise.resolve(hit.id);
    }
    return this.queue(async () => this.bringIn(await fetchNodeById(hit.id), hit.key ?? `id:${hit.id}`, true));
  }

  private async bringIn(details: NodeDetailsResponse, ref: string, selectIt: boolean): Promise<string> {
    const id = details.node.id;
    if (!this.graph.hasNode(id)) {
      const onPage = details.relationships.filter((r) => this.graph.hasNode(r.other.id));
      const added = await this.addPayload({ nodes: [details.node], relationships: onPage.map((r) => r.relationship) });
      this.details.set(id, Promise.resolve(details));
      this.commit(`Opened ${this.graph.getNodeAttribute(id, 'label')}`, this.deltaOfAdded(added), { kind: 'open', ref });
    }
    if (selectIt) this.select(id, { centre: true });
    return id;
  }

  /** Expands a node: the next page of its neighbours of this type and direction (null type: every type). */
  expand(id: string, type: string | null, direction: Direction): Promise<number> {
    return this.queue(async () => {
      if (!this.graph.hasNode(id)) return 0;
      const ref = this.refOf(id);
      const skip = view.pagesExpanded(this.state, ref, type, direction) * EXPAND_PAGE;
      const page = await fetchNeighbours(id, type, direction, skip, EXPAND_PAGE);
      const added = await this.addPayload(page, id);
      const name = this.graph.getNodeAttribute(id, 'label');
      const what = type ? `${type}, ${direction === 'out' ? 'outgoing' : direction === 'in' ? 'incoming' : 'both directions'}` : 'all neighbours';
      this.commit(`Expanded ${name}: ${what}`, this.deltaOfAdded(added), { kind: 'expand', ref, type, direction });
      this.keepInView([id, ...added.nodes]);
      const more = page.remaining > 0 ? ` ${page.remaining} more can be added.` : '';
      this.emit('message', `${name}: ${added.nodes.length} new node${added.nodes.length === 1 ? '' : 's'} (${what}).${more}`);
      return added.nodes.length;
    });
  }

  dismiss(ids: string[]): void {
    const present = ids.filter((id) => this.graph.hasNode(id));
    if (!present.length) return;
    const delta = removalOf(this.graph, present);
    const refs = present.map((id) => this.refOf(id));
    const label = present.length === 1 ? `Dismissed ${this.graph.getNodeAttribute(present[0]!, 'label')}` : `Dismissed ${present.length} nodes`;
    applyDelta(this.graph, delta);
    this.commit(label, delta, { kind: 'dismiss', refs });
  }

  dismissOthers(keep: string[]): void {
    const kept = new Set(keep);
    this.dismiss(this.graph.filterNodes((id, a) => !kept.has(id) && !a.fixed));
    const left = this.graph.nodes();
    if (left.length > 1) this.fitTo(left);
    else if (left[0]) this.centreOn(left[0]);
  }

  undo(): string | undefined {
    const step = undoHistory(this.state.history);
    if (!step) return undefined;
    applyDelta(this.graph, invert(step.entry.delta));
    this.store.update(view.replaceHistory(step.history));
    this.afterGraphChange();
    this.emit('message', `Undone: ${step.entry.label}`);
    return step.entry.label;
  }

  redo(): string | undefined {
    const step = redoHistory(this.state.history);
    if (!step) return undefined;
    applyDelta(this.graph, step.entry.delta);
    this.store.update(view.replaceHistory(step.history));
    this.afterGraphChange();
    this.emit('message', `Redone: ${step.entry.label}`);
    return step.entry.label;
  }

  /** Draws every shortest path between two nodes and highlights them; returns how many were found. */
  connect(from: string, to: string): Promise<number> {
    return this.queue(async () => {
      const found = await fetchPaths(from, to);
      const fromName = this.nameOf(from, found);
      const toName = this.nameOf(to, found);
      if (found.paths.length === 0) {
        this.emit('message', `No path of up to 8 steps between ${fromName} and ${toName}.`);
        this.store.update(view.setHighlight(null));
        return 0;
      }
      const added = await this.addPayload(found);
      this.commit(`Paths between ${fromName} and ${toName}`, this.deltaOfAdded(added), { kind: 'path', from: this.refOf(from), to: this.refOf(to) });
      const nodes = [...new Set(found.paths.flatMap((p) => p.nodes))];
      const edges = [...new Set(found.paths.flatMap((p) => p.relationships))];
      this.store.update(view.setHighlight({ nodes, edges }));
      const n = found.paths.length;
      this.emit('message', `${n} shortest path${n === 1 ? '' : 's'} of ${found.length} step${found.length === 1 ? '' : 's'} between ${fromName} and ${toName}.`);
      this.fitTo(nodes);
      return n;
    });
  }

  private nameOf(id: string, payload: GraphPayload): string {
    if (this.graph.hasNode(id)) return this.graph.getNodeAttribute(id, 'label');
    const node = payload.nodes.find((n) => n.id === id);
    return node ? this.captionOf(node) : id;
  }

  setPinned(id: string, pinned: boolean): void {
    if (!this.graph.hasNode(id)) return;
    if (pinned) this.graph.setNodeAttribute(id, 'fixed', true);
    else this.graph.removeNodeAttribute(id, 'fixed');
    this.savePositions();
    this.renderer?.refresh();
    this.emit('graph');
  }

  // ---- selection, camera, details ----

  /** Selects a node; one not on the page is brought in first (the Ask and Console panels rely on this). */
  select(id: string, options: { centre?: boolean } = {}): void {
    if (!this.graph.hasNode(id)) {
      void this.openRef(`id:${id}`).catch((error: unknown) => this.emit('message', `Could not open that node: ${messageOf(error)}`));
      return;
    }
    this.store.update(view.select({ kind: 'node', id }));
    this.emit('panel', 'details');
    if (options.centre) this.centreOn(id);
  }

  selectEdge(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.store.update(view.select({ kind: 'edge', id }));
    this.emit('panel', 'details');
  }

  clearSelection(): void {
    this.store.update(view.select(null));
  }

  nodeDetails(id: string): Promise<NodeDetailsResponse> {
    let cached = this.details.get(id);
    if (!cached) {
      cached = fetchNodeById(id);
      cached.catch(() => this.details.delete(id));
      this.details.set(id, cached);
    }
    return cached;
  }

  centreOn(id: string): void {
    const renderer = this.renderer;
    if (!renderer || !this.graph.hasNode(id)) return;
    const data = renderer.getNodeDisplayData(id);
    if (!data) return;
    void renderer.getCamera().animate({ x: data.x, y: data.y }, { duration: 300 });
  }

  /** Moves the camera to these nodes if some of them are off the screen, or if they are crowded in a corner of it. */
  keepInView(ids: string[]): void {
    const renderer = this.renderer;
    if (!renderer || ids.length < 2) return;
    const { width, height } = renderer.getDimensions();
    const points = ids.map((id) => renderer.getNodeDisplayData(id)).filter((d) => !!d).map((d) => renderer.framedGraphToViewport(d));
    if (!points.length) return;
    const outside = points.some((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (outside || extent < 0.15 * Math.min(width, height)) this.fitTo(ids);
  }

  /** Frames these nodes (or everything when none are given). */
  fitTo(ids: string[] = []): void {
    const renderer = this.renderer;
    if (!renderer) return;
    // The frame of reference is fixed once, so later additions never make the placed nodes jump on screen.
    if (!renderer.getCustomBBox()) {
      renderer.refresh();
      renderer.setCustomBBox(renderer.getBBox());
    }
    renderer.refresh();
    const points = (ids.length ? ids : this.graph.nodes()).map((id) => renderer.getNodeDisplayData(id)).filter((d) => !!d);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Wide enough for every node and the labels to their right, however far from the first frame they were placed.
    const ratio = Math.min(renderer.getSetting('maxCameraRatio') ?? 20, Math.max(0.25, Math.max(maxX - minX, maxY - minY) * 1.4));
    void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration: 300 });
  }

  // ---- ExplorerHost, for the Ask and Console panels ----

  showGraph(payload: GraphPayload, options: { mode: 'add' | 'replace' }): void {
    void this.queue(async () => {
      if (options.mode === 'replace' && this.graph.order) {
        const removal = removalOf(this.graph, this.graph.nodes().filter((id) => !payload.nodes.some((n) => n.id === id)));
        applyDelta(this.graph, removal);
        const added = await this.addPayload(payload);
        const delta = this.deltaOfAdded(added);
        this.commit('Showed a result', { added: delta.added, removed: removal.removed }, null);
      } else {
        const added = await this.addPayload(payload);
        this.commit('Added a result', this.deltaOfAdded(added), null);
      }
      this.fitTo(payload.nodes.map((n) => n.id).filter((id) => this.graph.hasNode(id)));
    });
  }

  highlight(ids: { nodes: string[]; relationships: string[] }): void {
    this.store.update(view.setHighlight({ nodes: ids.nodes.filter((id) => this.graph.hasNode(id)), edges: ids.relationships.filter((id) => this.graph.hasEdge(id)) }));
  }

  openInConsole(query: string, params?: Record<string, unknown>): void {
    this.emit('console', query, params);
    this.emit('panel', 'console');
  }

  showPanel(id: 'details' | 'ask' | 'console'): void {
    this.emit('panel', id);
  }

  /** Waits for queued changes (tests and the URL replay use it). */
  idle(): Promise<void> {
    return this.busy;
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
