// Builds the sigma 3 vs sigma 4 measuring page into bench/out/render-sigma (git-ignored).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'page'),
  base: './',
  logLevel: 'warn',
  build: { outDir: path.join(here, '..', 'out', 'render-sigma'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});
