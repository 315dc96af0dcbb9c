import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server the dev server forwards to (`npm start` in another terminal).
const API = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  publicDir: 'src/web/public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Everything is served by our own server: no CDN, no external fonts.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Libraries change less often than the app: a separate file stays cached across releases.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: API,
        ws: true,
        configure: (proxy) => {
          // The server accepts unsafe requests only from its own origin (PUBLIC_URL).
          proxy.on('proxyReq', (request) => request.setHeader('origin', API));
          proxy.on('proxyReqWs', (request) => request.setHeader('origin', API));
        },
      },
    },
  },
});
