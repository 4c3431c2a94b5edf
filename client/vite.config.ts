// Vite builds the page into dist/client, which the Express app serves. `npx vite --config client/vite.config.ts`
// serves it with hot reload and proxies /api to a running `npm run dev`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  build: {
    outDir: path.join(here, '..', 'dist', 'client'),
    emptyOutDir: true,
    // No source maps: they would ship the full sources to every browser (and the server refuses *.map anyway).
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
