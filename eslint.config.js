import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
    },
  },
  {
    // Nest resolves constructor parameters by their runtime classes: these must stay value imports.
    files: [
      '**/*.resolver.ts',
      '**/*.service.ts',
      '**/*.controller.ts',
      '**/*.module.ts',
      '**/*-seeder.ts',
      '**/*-indexer.ts',
      '**/*-projector.ts',
      '**/*.engine.ts',
      '**/place-scope.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
