// One lint config for every workspace. Warnings are errors in CI (--max-warnings 0).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// zod: classic `zod` brings its method API, JSON-schema converters and English locale into each
// Lambda whatever is used (~97 KB); `zod/mini`, the functional API over the same core, keeps only
// what is used (~30 KB). Two spellings still keep all of it: the named `z` (a namespace object)
// and `z.core` / `z.locales` read at run time (import `$ZodError` from 'zod/v4/core' instead).
// Types are fine: `z.core.$ZodIssue` in a type position is not a run-time read.
const zodImports = {
  regex: '^zod(?!/mini$|/v4/core$)(/|$)',
  message: "Use `import * as z from 'zod/mini'` (classic zod adds ~65 KB to every bundle).",
};
const zodSyntax = [
  {
    selector:
      "ImportDeclaration[source.value=/^zod/] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
    message:
      "Use `import * as z from 'zod/mini'` (or `import type * as z`): the named `z` defeats tree-shaking.",
  },
  {
    selector: "MemberExpression[object.name='z'][property.name=/^(core|locales)$/]",
    message:
      "`z.core` / `z.locales` at run time keep all of zod: import the one thing from 'zod/v4/core'.",
  },
];

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
    rules: {
      'no-restricted-syntax': ['error', ...zodSyntax],
      'no-restricted-imports': ['error', { patterns: [zodImports] }],
    },
  },
  {
    // docs/architecture.md "Data": no Scan on any request path. The store reads by key or through GSIs.
    files: ['functions/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...zodSyntax,
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
    // The tools beside the functions scan nothing either — with one named exception: the item
    // migration (npm run migrate) must read every item once, off any request path.
    files: ['infra/src/**/*.ts'],
    ignores: ['infra/src/migrate/migrateTable.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...zodSyntax,
        {
          selector: 'ImportSpecifier[imported.name=/Scan/]',
          message:
            'No Scan outside infra/src/migrate/migrateTable.ts: read by key or through a GSI.',
        },
        {
          selector: "MemberExpression[property.name='scan']",
          message:
            'No Scan outside infra/src/migrate/migrateTable.ts: read by key or through a GSI.',
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
          patterns: [
            { group: ['node:*', 'fs', 'path', 'http', 'https', '@aws-sdk/*', '@tarojs/*'] },
            zodImports,
          ],
        },
      ],
    },
  },
);
