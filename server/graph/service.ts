// Graph service: what the page asks for, in the page's terms; no HTTP here.
import type { GraphPayload } from '../contract.ts';
import type { Database } from '../db/driver.ts';
import { countNodes, readOverview } from './repository.ts';

export interface Overview extends GraphPayload {
  totalNodes: number;
}

export async function overview(db: Database, limit: number): Promise<Overview> {
  const [graph, totalNodes] = await Promise.all([readOverview(db, limit), countNodes(db)]);
  return { ...graph, totalNodes };
}
