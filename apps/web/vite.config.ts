import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The browser talks to the API same-origin through this proxy, so the session cookie
// (httpOnly, SameSite) works in dev, preview and the e2e run alike.
const apiUrl = process.env.ACT_API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false },
  // Personal calendar feeds (GET /calendar/<token>.ics) are served by the API too.
  '/calendar': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Shared rules (CPR, Danish dates) straight from source: tree-shaken, no build order needed.
    alias: { '@act/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
