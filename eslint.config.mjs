// One lint config for every workspace. Warnings are errors in CI (--max-warnings 0).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.serverless/**',
      '**/.esbuild/**',
      '**/.build/**',
      'coverage/**',
      'artifacts/**',
      '.local/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // DESIGN.md "Data": no Scan on any request path. The store reads by key or through GSIs.
    files: ['functions/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/Scan/]',
          message: 'No Scan on a request path: read by key (GetItem/Query) or through a GSI.',
        },
        {
          selector: "MemberExpression[property.name='scan']",
          message: 'No Scan on a request path: read by key (GetItem/Query) or through a GSI.',
        },
      ],
    },
  },
  {
    // Shared domain code has no I/O: it runs in the mini-program and in Lambda alike.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts', 'shared/src/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['node:*', 'fs', 'path', 'http', 'https', '@aws-sdk/*', '@tarojs/*'],
        },
      ],
    },
  },
);
