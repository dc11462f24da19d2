import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so the build also loads from Electron's custom app:// protocol.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
