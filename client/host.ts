// What feature panels (Ask, Console, …) may ask of the explorer page. main.ts implements it; panels receive it
// when they are mounted, so they never reach into the renderer or the graph directly.
import type { GraphPayload } from '../server/contract.ts';

export interface ExplorerHost {
  /** Adds a result to the canvas, or replaces what is on it. */
  showGraph(payload: GraphPayload, options: { mode: 'add' | 'replace' }): void;
  /** Highlights these elements (ids are Neo4j elementIds); an empty set clears the highlight. */
  highlight(ids: { nodes: string[]; relationships: string[] }): void;
  /** Selects a node by elementId and opens it in the Details panel. */
  select(nodeId: string): void;
  /** Puts a query (and its parameters) into the Cypher console and shows the console. */
  openInConsole(query: string, params?: Record<string, unknown>): void;
  /** Shows a panel of the side bar by its id ("details", "ask", "console"). */
  showPanel(id: 'details' | 'ask' | 'console'): void;
}
