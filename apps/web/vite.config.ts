import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser talks to the API same-origin through this proxy, so the session cookie
// (httpOnly, SameSite) works in dev, preview and the e2e run alike.
const apiUrl = process.env.ACT_API_URL ?? 'http://127.0.0.1:3000';
const proxy = { '/graphql': { target: apiUrl, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
