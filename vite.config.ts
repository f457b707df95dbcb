import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once into dist/renderer and served by `paume serve` or loaded by Electron
// from disk, hence relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // The audio worklet must stay a file: the CSP (script-src 'self') refuses a data: URL.
    assetsInlineLimit: (file) => (file.endsWith('.worklet.js') ? false : undefined),
  },
});
