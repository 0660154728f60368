import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// What domain/ may use from the platform: the language, and what both Node and a browser
// give (Web Crypto, text encoding). Everything else a browser or Node offers (document,
// window, IndexedDB, fetch, timers, process, Buffer...) stays out of the pure layer.
const DOMAIN_GLOBALS = new Set(['crypto', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'structuredClone', 'console', 'queueMicrotask', 'URL', 'URLSearchParams']);
const domainGlobals = Object.fromEntries(Object.entries(globals['shared-node-browser']).filter(([name]) => DOMAIN_GLOBALS.has(name)));
const platformOnly = Object.keys({ ...globals.browser, ...globals.node }).filter((name) => !(name in globals.builtin) && !DOMAIN_GLOBALS.has(name));

// Layers (docs/architecture.md): domain/ is pure; export/ builds documents from the
// review file alone, in Node or a worker, so it never reaches into the screens.
const LAYER = (layer, dirs) => ({ regex: `^(\\.\\./)+(${dirs.join('|')})(/|$)`, message: `${layer} must not import from ${dirs.join(', ')} (see docs/architecture.md).` });

// The app is offline and never hands a URL or a path to the operating system: nothing may
// open a browser, another program or a new window (Electron's security checklist, item 15).
const URL_OPENERS = [
  { selector: "ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='shell']", message: 'The app never opens URLs or files in other programs: no shell from electron.' },
  { selector: 'MemberExpression[property.name=/^(openExternal|openPath|showItemInFolder)$/]', message: 'The app never opens URLs or files in other programs (shell.openExternal and friends).' },
  { selector: "CallExpression[callee.object.name=/^(window|self|globalThis)$/][callee.property.name='open']", message: 'The app never opens new windows or URLs (window.open).' },
];
// The global open() is window.open; a local function or import named open is fine.
const GLOBAL_OPEN = { name: 'open', message: 'The app never opens new windows or URLs (window.open).' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The renderer must reach the platform only through renderer/src/host.
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='window'][property.name='api']",
        message: 'Use the host interface (renderer/src/host) instead of window.api.',
      }, ...URL_OPENERS],
      'no-restricted-globals': ['error', GLOBAL_OPEN],
    },
  },
  {
    files: ['renderer/src/host/electronHost.ts'],
    rules: { 'no-restricted-syntax': ['error', ...URL_OPENERS] },
  },
  {
    files: ['renderer/src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'react-dom/client', 'dexie', 'dexie-react-hooks'].map((name) => ({ name, message: 'domain/ is pure TypeScript: no React, Dexie or DOM (see docs/architecture.md).' })),
        patterns: [
          { group: ['react/*', 'react-dom/*', 'dexie/*'], message: 'domain/ is pure TypeScript: no React, Dexie or DOM (see docs/architecture.md).' },
          LAYER('domain/', ['db', 'features', 'app', 'components', 'host', 'export']),
        ],
      }],
    },
  },
  {
    // Tests may use Node (files, fixtures); the code under test may not use the browser.
    files: ['renderer/src/domain/**/*.{ts,tsx}'],
    ignores: ['renderer/src/domain/**/*.test.ts'],
    // "off" removes a global the shared block above declares.
    languageOptions: { globals: { ...Object.fromEntries(platformOnly.map((name) => [name, 'off'])), ...domainGlobals } },
    rules: {
      // no-undef is off for TypeScript (the compiler knows the DOM's types), so the
      // platform's globals are also named here, where a use of one is an error.
      'no-restricted-globals': ['error', ...platformOnly.map((name) => ({ name, message: 'domain/ is pure and runs in Node, workers and the page alike: no DOM, browser or Node globals (see docs/architecture.md).' }))],
    },
  },
  {
    files: ['renderer/src/export/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [LAYER('export/', ['features', 'app', 'components', 'db'])] }],
    },
  },
  {
    files: ['renderer/src/import/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [LAYER('import/', ['features', 'app', 'components', 'db'])] }],
    },
  },
);
