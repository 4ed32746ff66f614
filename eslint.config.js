import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundariesRule } from './eslint/boundaries.js';

/**
 * The boundaries (ARCHITECTURE.md): which libs each lib and app may import, by `#lib` only (a relative path
 * into another lib is an error too). Lint fails on any other arrow between apps/* and libs/*.
 */
const LIBS = [
  'core',
  'geography',
  'auth',
  'directory',
  'network',
  'upkeep',
  'handover',
  'search',
  'mail',
  'demo',
  'spreadsheets',
  'testing',
];
const BOUNDARIES = {
  root: import.meta.dirname,
  libs: LIBS,
  allowed: {
    'libs/core': { libs: [] },
    'libs/geography': { libs: ['core'] },
    'libs/auth': { libs: ['core'] },
    'libs/directory': { libs: ['core', 'geography'] },
    'libs/network': { libs: ['core', 'geography', 'directory', 'auth'] },
    'libs/upkeep': { libs: ['core', 'geography', 'directory', 'network', 'auth'] },
    'libs/handover': { libs: ['core', 'geography', 'directory', 'network', 'auth'] },
    'libs/search': { libs: ['core', 'geography', 'directory', 'network'] },
    'libs/mail': { libs: ['core'] },
    // Spreadsheet import and export of contacts and offers, through the directory's services.
    'libs/spreadsheets': { libs: ['core', 'geography', 'directory', 'auth'] },
    // Demo data is made through the domain libs' services and indexed for search, like real data.
    'libs/demo': { libs: ['core', 'geography', 'auth', 'directory', 'network', 'search'] },
    // Test databases, lib module contexts and factories; the whole app's factory lives in test/support.
    'libs/testing': { libs: '*' },
    'apps/api': { libs: '*' },
    'apps/web': { libs: [] },
    'apps/explorer': { libs: [] },
  },
  // A lib's own specs may use the test database and factories of libs/testing.
  specs: ['testing'],
  exceptions: [],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'apps/web/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // With decorator metadata on, type-only import fixes are not applied to decorated classes, whose
    // constructor parameter types Nest needs at run time.
    plugins: { vejviser: { rules: { boundaries: boundariesRule } } },
    languageOptions: { globals: { ...globals.node }, parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
      'vejviser/boundaries': ['error', BOUNDARIES],
    },
  },
  {
    // The GraphQL explorer and the web app run in a browser.
    files: ['apps/explorer/src/**', 'apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.web-spec.ts', 'libs/testing/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
