// One lint config for every workspace. Warnings are errors in CI (--max-warnings 0).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// `import { z } from 'zod'` makes the bundler keep all of zod (the `z` namespace object, every
// locale and the JSON-schema converters: 445 KB of each Lambda); `import * as z` lets it keep only
// what is used (~95 KB). Type-only imports are fine either way, but one spelling is simpler.
const zodNamespaceImport = {
  selector:
    "ImportDeclaration[source.value='zod'] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
  message:
    "Use `import * as z from 'zod'` (or `import type * as z`): the named `z` defeats tree-shaking.",
};

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
    rules: { 'no-restricted-syntax': ['error', zodNamespaceImport] },
  },
  {
    // DESIGN.md "Data": no Scan on any request path. The store reads by key or through GSIs.
    files: ['functions/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        zodNamespaceImport,
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
