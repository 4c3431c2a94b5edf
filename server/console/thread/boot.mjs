// The first module of a console worker thread (consoleThread.ts). Worker threads do not inherit the TypeScript
// loader the server runs with, so this plain module registers tsx for the thread and imports the real entry.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
// tsx turns source maps on; with them every stack V8 formats goes through a source-map lookup per frame, and the
// driver captures a stack for each query it runs (8% of a console thread's CPU). A thread's stacks point into
// tsx's output instead (file and function names stay); the server's own thread keeps its source maps.
process.setSourceMapsEnabled(false);
