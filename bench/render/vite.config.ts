// Builds the renderer benchmark page into bench/out/render (git-ignored).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(here, '..', 'out', 'render'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
