// What feature panels (Ask, Console, …) may ask of the explorer page. main.ts implements it; panels receive it
// when they are mounted, so they never reach into the renderer or the graph directly.
import type { GraphNode, GraphPayload } from '../server/contract.ts';

export interface ExplorerHost {
  /** Adds a result to the canvas, or replaces what is on it. */
  showGraph(payload: GraphPayload, options: { mode: 'add' | 'replace' }): void;
  /** Highlights these elements (ids are Neo4j elementIds); an empty set clears the highlight. */
  highlight(ids: { nodes: string[]; relationships: string[] }): void;
  /** Selects a node by elementId and opens it in the Details panel. */
  select(nodeId: string): void;
  /** Puts a query (and its parameters) into the Cypher console and shows the console. */
  openInConsole(query: string, params?: Record<string, unknown>): void;
  /** A node's caption as the page shows it everywhere (the person's choice for its label first). */
  captionOf(node: Pick<GraphNode, 'id' | 'labels' | 'properties' | 'caption'>): string;
  /** Calls `listener` after the person changed a label's caption; returns a function that stops it. */
  onCaptionsChange(listener: () => void): () => void;
  /** Shows a panel of the side bar by its id ("details", "ask", "console"). */
  showPanel(id: 'details' | 'ask' | 'console'): void;
}
