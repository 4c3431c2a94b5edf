// The shape of bench/results.json and the tables printed on the terminal (Markdown, so BENCHMARKS.md can hold
// them as printed). Pure functions: no I/O here.
import type { ApiResult, ExcludedRequest, SoakResult } from './api/run.ts';
import type { SearchBenchResult } from './search/run.ts';
import type { IngestResult } from './ingest/run.ts';
import type { LayoutResult, RenderResult } from './render/run.ts';

export interface Results {
  date: string;
  mode: 'quick' | 'full';
  machine: { cpu: string; cores: number; memory_gb: number; os: string; node: string; load_average_at_start: number[] };
  ingest?: IngestResult;
  api: ApiResult[];
  soak?: SoakResult;
  render: RenderResult[];
  layout: LayoutResult[];
  search?: SearchBenchResult;
  notes: { api_dataset?: string; api_excluded?: ExcludedRequest[]; browser?: string };
  seconds?: number;
  /** Start of the run that measured each part (a run with --only keeps the other parts' figures). */
  measured?: Partial<Record<'ingest' | 'api' | 'render' | 'search', string>>;
}

const OURS = 'sigma (ours)';

function table(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((row) => row.map((c) => (c === null || c === undefined ? '—' : String(c))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** How many times slower a peer is than ours for a metric (>1: ours is faster); null when either did not draw. */
export function speedup(ours: number | null, peer: number | null): number | null {
  if (ours === null || peer === null || ours <= 0) return null;
  return Math.round((peer / ours) * 100) / 100;
}

export function renderTable(results: Results): string {
  const parts: string[] = [];
  if (results.search) {
    const s = results.search;
    const row = (name: string, t: SearchBenchResult['with_index']) => [name, t.p50_ms, t.p99_ms, t.max_ms, `${Math.round(t.found_share * 100)}%`, `${Math.round(t.partial_share * 100)}%`];
    parts.push(
      `Search (${s.graph}; ${s.queries} searches one at a time; indexes built in ${s.index_build_s} s: ${s.indexes.join('; ') || 'none'})\n` +
        table(['search', 'p50 ms', 'p99 ms', 'max ms', 'drawn node among the 10 options', 'answers saying the scan was partial'], [
          row('bounded scan, no full-text index', s.without_index),
          row('after npm run index', s.with_index),
        ]),
    );
  }
  if (results.ingest) {
    const i = results.ingest;
    parts.push(
      `Ingest (${i.compared_on})\n` +
        table(
          ['loader', 'relationships/s', 'ratio'],
          [
            ['batched (ours)', i.batched_rels_per_s, `${i.ratio}×`],
            ['one statement per row (extrapolated)', i.naive_rels_per_s, '1×'],
          ],
        ) +
        '\n\n' +
        table(
          ['graph', 'nodes', 'relationships', 'sentences', 'load s', 'schema+docs / sentences / nodes / rels s', 'rel/s overall', 'rel/s in relationship phase', 'vs one statement per row'],
          i.sizes.map((s) => [
            s.name,
            s.nodes,
            s.relationships,
            s.sentences,
            s.load_s,
            s.phases_s ? `${s.phases_s.documents} / ${s.phases_s.sentences} / ${s.phases_s.nodes} / ${s.phases_s.relationships}` : null,
            s.rels_per_s,
            s.relationship_phase_rels_per_s,
            s.ratio ? `${s.ratio}×` : null,
          ]),
        ),
    );
  }
  if (results.api.length) {
    parts.push(
      'API, 50 concurrent clients\n' +
        table(
          ['endpoint', 'p50 ms', 'p99 ms', 'req/s', 'driver p50 ms', 'driver p99 ms', 'driver req/s', 'p99 overhead', 'auto-commit p99 ms', 'overhead vs auto-commit', 'new connection p50 ms'],
          results.api.map((a) => [
            a.endpoint, a.p50_ms, a.p99_ms, a.rps, a.driver_p50_ms, a.driver_p99_ms, a.driver_rps, `${a.overhead_ratio}×`,
            a.autocommit_p99_ms ?? null, a.overhead_vs_autocommit === undefined ? null : `${a.overhead_vs_autocommit}×`, a.new_connection_p50_ms ?? null,
          ]),
        ),
    );
  }
  if (results.soak) {
    const s = results.soak;
    parts.push(`Soak ${s.seconds} s: server RSS ${s.rss_start_mb} → ${s.rss_end_mb} MB (max ${s.rss_max_mb}), slope ${s.rss_slope_mb_per_min} MB/min, ${s.requests} requests, ${s.errors} errors`);
  }
  if (results.render.length) {
    const rows = results.render.map((r) => {
      const ours = results.render.find((o) => o.library === OURS && o.nodes === r.nodes);
      const first = r.library === OURS ? '' : speedup(ours?.first_frame_ms ?? null, r.first_frame_ms);
      const frame = r.library === OURS ? '' : speedup(ours?.frame_ms ?? null, r.frame_ms);
      return [
        r.library,
        r.nodes,
        r.edges,
        r.first_frame_ms,
        r.frame_ms,
        r.draw_ms,
        first === '' ? '' : first === null ? '—' : `${first}×`,
        frame === '' ? '' : frame === null ? '—' : `${frame}×`,
        r.status === 'ok' ? 'ok' : `${r.status}: ${r.note ?? ''}`,
      ];
    });
    parts.push(
      `Rendering (${results.notes.browser ?? 'headless Chromium'}; peer ÷ ours, above 1× means ours is faster)\n` +
        table(['library', 'nodes', 'edges', 'first frame ms', 'pan frame ms', 'draw call ms', 'first frame vs ours', 'pan frame vs ours', 'status'], rows),
    );
  }
  if (results.layout.length) {
    parts.push('ForceAtlas2 in the web worker\n' + table(['nodes', 'edges', 'iterations/s'], results.layout.map((l) => [l.nodes, l.edges, l.iterations_per_s])));
  }
  return parts.join('\n\n');
}

/** Replaces the generated part of BENCHMARKS.md for this mode (between its markers) with the latest figures. */
export function withLatestFigures(markdown: string, results: Results): string {
  const START = `<!-- results:${results.mode}:start -->`;
  const END = `<!-- results:${results.mode}:end -->`;
  const m = results.machine;
  const generated = [
    START,
    `_Generated by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC (${results.mode} run, ${results.seconds ?? '?'} s)._`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}, Node ${m.node}; load average at start ${m.load_average_at_start.join(' ')}.`,
    ...(results.measured
      ? [`Each part comes from the run started at (UTC): ${Object.entries(results.measured).map(([part, date]) => `${part} ${date.slice(0, 16).replace('T', ' ')}`).join(', ')}.`]
      : []),
    '',
    '```',
    renderTable(results),
    '```',
    END,
  ].join('\n');
  const from = markdown.indexOf(START);
  const to = markdown.indexOf(END);
  if (from < 0 || to < from) return `${markdown.trimEnd()}\n\n${generated}\n`;
  return markdown.slice(0, from) + generated + markdown.slice(to + END.length);
}
