// Summarises a V8 CPU profile (Chrome DevTools / node --cpu-prof format): the functions with the most self time.
import path from 'node:path';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
}

export function topSelfTime(profile: CpuProfile, count = 25): { share: number; where: string }[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const n = node.hitCount ?? 0;
    total += n;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    hits.set(where, (hits.get(where) ?? 0) + n);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, n]) => ({ share: total ? n / total : 0, where }));
}

/** Self time grouped by package or project folder: where the server's CPU goes, in coarse terms. */
export function selfTimeByOrigin(profile: CpuProfile): { share: number; origin: string }[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const n = node.hitCount ?? 0;
    total += n;
    const url = node.callFrame.url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const origin = pkg ?? (url.includes('/server/') ? `server/${url.split('/server/')[1]!.split('/')[0]}` : url.startsWith('node:') ? 'node internals' : url ? 'other' : `(${node.callFrame.functionName})`);
    hits.set(origin, (hits.get(origin) ?? 0) + n);
  }
  return [...hits].sort((a, b) => b[1] - a[1]).map(([origin, n]) => ({ share: total ? n / total : 0, origin }));
}
