import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
      }],
    },
  },
  {
    files: ['renderer/src/host/electronHost.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
