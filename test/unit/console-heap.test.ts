// The console threads' heap-growing factor (server/console/thread/heap.ts): set once for the process, never over
// a factor a person chose on the command line or in NODE_OPTIONS.
import { describe, expect, it } from 'vitest';
import { growingChosen, HEAP_GROWING_PERCENT, tuneThreadHeaps } from '../../server/console/thread/heap.ts';

describe('console thread heaps', () => {
  it('sees a factor chosen on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(growingChosen(['--heap-growing-percent=50'], '')).toBe(true);
    expect(growingChosen([], '--max-old-space-size=4096 --heap_growing_percent=80')).toBe(true);
    expect(growingChosen(['--import', 'tsx', '--max-semi-space-size=64'], '--enable-source-maps')).toBe(false);
    expect(growingChosen([], '')).toBe(false);
  });

  it('sets the factor of a large heap once, and leaves V8 alone after that', () => {
    expect(HEAP_GROWING_PERCENT).toBe(300);
    expect(tuneThreadHeaps([], '')).toBe('--heap-growing-percent=300');
    expect(tuneThreadHeaps([], '')).toBeUndefined();
  });
});
