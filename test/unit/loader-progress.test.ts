// The progress bar: its text at a few points, and one line per tenth when the output is not a terminal.
import { describe, expect, it } from 'vitest';
import { createProgressBar, renderBar } from '../../server/loader/progress.ts';

describe('progress bar', () => {
  it('draws the share done, the percentage and the counts', () => {
    expect(renderBar(0, 200, 'nodes')).toBe(`[${'-'.repeat(30)}]   0%  0/200 nodes`);
    expect(renderBar(100, 200, 'nodes')).toBe(`[${'#'.repeat(15)}${'-'.repeat(15)}]  50%  100/200 nodes`);
    expect(renderBar(120_000, 120_000, 'relationships')).toBe(`[${'#'.repeat(30)}] 100%  120,000/120,000 relationships`);
  });

  it('writes one line per tenth of the way when the output is not a terminal', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
    const bar = createProgressBar(1000, stream);
    for (let done = 50; done <= 1000; done += 50) bar.update(done, 'rows');
    bar.finish();
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toContain('100%');
  });
});
