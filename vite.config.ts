import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server the dev server forwards to (`npm start` in another terminal).
const API = process.env.API_URL ?? 'http://localhost:3000';

const SHELL_LIBRARIES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|@kern-ux)[\\/]/;

export default defineConfig({
  plugins: [react()],
  publicDir: 'src/web/public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Everything is served by our own server: no CDN, no external fonts.
    assetsInlineLimit: 0,
    // .vite/manifest.json: the server links a lazily loaded page's CSS into the HTML it renders itself.
    manifest: true,
    rolldownOptions: {
      // Libraries change less often than the app: the ones every page needs get a file of their own
      // that stays cached across releases. The rest (the editor, the map's clustering, diff…) follow
      // the lazily loaded pages that use them, so the start page and sign-in do not carry them.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: SHELL_LIBRARIES }] } },
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
