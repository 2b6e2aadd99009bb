import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlDocumentImports } from './vite-graphql-documents';
import { i18nSplit } from './vite-i18n-split';
import { CORE_KEY_PATHS } from './src/i18n/core-keys';

// The browser talks to the API same-origin through this proxy, so the session cookie
// (httpOnly, SameSite) works in dev, preview and the e2e run alike.
const apiUrl = process.env.ACT_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The API trusts this proxy (one loopback hop) to say who the client is, so the proxy must not
 * pass on what the client wrote: X-Forwarded-For becomes the real peer address and the other
 * client-address headers are dropped. Otherwise any browser could pick its own address for the
 * login limits (issue 10).
 */
const forwardRealPeer: ProxyOptions['configure'] = (proxy) => {
  proxy.on('proxyReq', (proxyReq, req) => {
    proxyReq.removeHeader('forwarded');
    proxyReq.removeHeader('x-real-ip');
    proxyReq.setHeader('x-forwarded-for', req.socket.remoteAddress ?? 'unknown');
  });
};
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: false, configure: forwardRealPeer },
  // Personal calendar feeds (GET /calendar/<token>.ics) are served by the API too.
  '/calendar': { target: apiUrl, changeOrigin: false, configure: forwardRealPeer },
  // Single sign-on: the browser goes to the IdP and back through these (start, callback, logout).
  '/auth/sso': { target: apiUrl, changeOrigin: false, configure: forwardRealPeer },
};

/**
 * react-router's package exports point every condition at its development build (its warnings and
 * checks included; remix-run/react-router#14753), so a production build takes the production files
 * by path. Exact matches only: 'react-router' and 'react-router/dom' are the two entries the app uses.
 */
const routerDist = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production/');
const productionRouter = [
  { find: /^react-router$/, replacement: `${routerDist}index.mjs` },
  { find: /^react-router\/dom$/, replacement: `${routerDist}dom-export.mjs` },
];

export default defineConfig(({ command }) => ({
  // Each page's chunk carries only its own GraphQL documents (not a map of all of them).
  // The shell's Danish words are bundled, the pages' words load with the first page.
  plugins: [
    graphqlDocumentImports(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))),
    i18nSplit(CORE_KEY_PATHS),
    react(),
  ],
  resolve: {
    // Shared rules (CPR, Danish dates) straight from source: tree-shaken, no build order needed.
    alias: [
      { find: '@act/domain', replacement: fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
      ...(command === 'build' ? productionRouter : []),
    ],
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5174, strictPort: true, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
}));
