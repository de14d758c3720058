import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * `generic` (the default) or `govuk`: the crown, the GOV.UK logotype and the GDS Transport font are for
 * services on GOV.UK only. Read once here for both the styles ($liaise-brand) and the code (__LIAISE_BRAND__).
 */
const brand = process.env['LIAISE_BRAND'] ?? 'generic';
if (brand !== 'generic' && brand !== 'govuk') {
  throw new Error(`LIAISE_BRAND must be "generic" or "govuk", not "${brand}".`);
}

/** The api in development: `DATA_DIR=… PORT=3999 node apps/api/dist/main.js`. */
const apiUrl = process.env['LIAISE_API_URL'] ?? 'http://localhost:3999';
// Subscriptions travel over a WebSocket on /graphql: the proxy must upgrade it too.
const proxy = { '/graphql': { target: apiUrl, ws: true }, '/health': apiUrl };

/**
 * govuk-frontend keeps CSS hacks for Internet Explorer (`@media screen\0`, `(min-width: 0\0)`; Sass writes
 * the `\0` as U+FFFD) that are invalid CSS: the minifier warns about them. No browser Liaise supports needs
 * them, so those media rules are dropped.
 */
const dropInternetExplorerHacks = {
  postcssPlugin: 'liaise-drop-internet-explorer-hacks',
  AtRule: {
    media(atRule: { params: string; remove(): void }) {
      if (/\\0|\uFFFD/.test(atRule.params)) atRule.remove();
    },
  },
};

/** Libraries in chunks of their own: none passes the 500 kB warning, and each is cached until it changes. */
const vendorChunks = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'router', test: /[\\/]node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
  { name: 'graphql', test: /[\\/]node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs|tslib)[\\/]/ },
  { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
];

export default defineConfig({
  root,
  base: '/',
  // Beside the workspace's other caches rather than in an apps/web/node_modules of its own.
  cacheDir: path.join(root, '../../node_modules/.vite/apps/web'),
  plugins: [react()],
  define: { __LIAISE_BRAND__: JSON.stringify(brand) },
  resolve: {
    // Workspace libraries are bundled from their TypeScript source.
    conditions: ['@liaise/source', ...defaultClientConditions],
    alias: {
      '@govuk-frontend-assets': path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist/govuk/assets'),
    },
  },
  css: {
    postcss: { plugins: [dropInternetExplorerHacks] },
    preprocessorOptions: {
      scss: { additionalData: `$liaise-brand: "${brand}";\n` },
    },
    // In case another invalid rule turns up: the minifier warns and goes on instead of failing the build.
    lightningcss: { errorRecovery: true },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: { port: 4200, strictPort: true, proxy },
  preview: { port: 4300, strictPort: true, proxy },
});
