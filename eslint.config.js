import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'apps/web/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // With decorator metadata on, type-only import fixes are not applied to decorated classes, whose
    // constructor parameter types Nest needs at run time.
    languageOptions: { globals: { ...globals.node }, parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
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
