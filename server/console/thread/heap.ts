// How much a console thread's heap may grow between full garbage collections. V8 scales that factor with a heap's
// limit: about 1.3× at 256 MB (CONSOLE_MEMORY_MB's default) and 4× from 2 GB up (64-bit). Under the cap, V8's helper
// threads spent about 2.5 times the CPU collecting that they spend at the factor set here: 0.22–0.26 ms per console
// request against 0.09–0.12 (README, design). The factor is V8's own setting (--heap-growing-percent), one for
// the process, read at each collection: it is set once, before the first console thread starts, to what a large
// heap gets. The cap stays a cap: an answer that needs more than CONSOLE_MEMORY_MB is still refused.
import v8 from 'node:v8';

/** V8's factor for heaps of 2 GB and more (1 + 300/100 = 4). */
export const HEAP_GROWING_PERCENT = 300;

const FLAG = '--heap-growing-percent';

let applied = false;

/** Whether Node was started with a heap-growing factor of a person's own (command line or NODE_OPTIONS). */
export function growingChosen(execArgv: readonly string[], nodeOptions: string): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replaceAll('_', '-').startsWith(FLAG));
}

/**
 * Sets V8's heap-growing factor for the process, once, unless a person chose one (their choice wins). Returns the
 * flag it set, or undefined when it left V8 as it was.
 */
export function tuneThreadHeaps(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): string | undefined {
  if (applied) return undefined;
  applied = true;
  if (growingChosen(execArgv, nodeOptions)) return undefined;
  const flag = `${FLAG}=${HEAP_GROWING_PERCENT}`;
  v8.setFlagsFromString(flag);
  return flag;
}
