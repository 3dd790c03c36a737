import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    // In development the API runs in the Fastify process; Vite forwards /api to it.
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // cytoscape-svg (and canvas2svg) load only with the SVG export.
            {
              name: 'graph-vendor',
              test: /node_modules[\\/](?!.*(cytoscape-svg|canvas2svg)).*(cytoscape|@dagrejs)/,
            },
            {
              name: 'react-vendor',
              test: /node_modules[\\/].*(react|scheduler|@tanstack|zustand|i18next)/,
            },
            { name: 'zod', test: /node_modules[\\/].*zod/ },
          ],
        },
      },
    },
  },
});
