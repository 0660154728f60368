import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp.ts';

/** Writes the one CSP (shared with the desktop shell's header) into index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'local-review-csp',
    transformIndexHtml: (html) => html.replace('CSP_PLACEHOLDER', CONTENT_SECURITY_POLICY),
  };
}

// The renderer is a static bundle: served from app:// in Electron and from
// 127.0.0.1 for browser use and end-to-end tests. Nothing is fetched at run time.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill would fetch modules itself; the CSP forbids connect-src.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // GOV.UK Frontend keeps an old-browser media-query hack that Lightning CSS rejects;
    // the desktop app loads CSS from disk, so unminified CSS costs nothing that matters.
    cssMinify: false,
    chunkSizeWarningLimit: 2000,
  },
  // The export worker (renderer/src/export/worker.ts) is an ES module, like the app.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  // MOJ Frontend's Sass names GOV.UK Frontend by a node_modules path, so the project
  // root is a load path.
  css: {
    preprocessorOptions: {
      scss: {
        quietDeps: true,
        loadPaths: ['.', 'node_modules'],
        // GOV.UK and MOJ warn about their own internal deprecations; keep only ours.
        logger: {
          warn(message: string, options: { span?: { url?: URL } }) {
            if (!String(options.span?.url ?? '').includes('node_modules')) console.warn(message);
          },
        },
      },
    },
  },
  test: {
    root: '.',
    include: ['renderer/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/generate/**/*.test.ts', 'test/export/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/helpers/setupIndexedDb.ts'],
    testTimeout: 20000,
  },
});
