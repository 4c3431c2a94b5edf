// The first module of a console worker thread (consoleThread.ts). Worker threads do not inherit the TypeScript
// loader the server runs with, so this plain module registers tsx for the thread and imports the real entry.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
