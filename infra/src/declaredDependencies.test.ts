// Every package a file imports is declared by the package.json that owns the file: npm hoists
// the whole tree into the root node_modules, so an undeclared import resolves today and breaks
// the day the package that brought it in drops it or pins another version. A workspace's file
// may import its own dependencies and devDependencies, the other workspaces and Node's builtins;
// its tests and scripts may also use the root's devDependencies (the repo's shared tooling:
// jest, fast-check, typescript, playwright-core). Files outside the workspaces (bench, scripts,
// the root configs) belong to the root package.json. A type-only import counts through its
// `@types/` package. The project has no lint plugin for this (eslint-plugin-import / -n).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './routes';

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const packageJson = (dir: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, dir, 'package.json'), 'utf8')) as PackageJson;
const declared = (manifest: PackageJson) => [
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.devDependencies ?? {}),
];

const root = packageJson('.');
const workspaces = (root.workspaces ?? []).map((dir) => ({ dir, manifest: packageJson(dir) }));
const workspaceNames = workspaces.map(({ manifest }) => manifest.name);
const builtins = new Set(builtinModules);

const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
// Installed or generated, never written by hand (.gitignore's dot-directories and outputs).
const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'artifacts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const JEST_MODULE_CALLS = new Set(['mock', 'doMock', 'requireActual', 'requireMock']);

/** The bare module specifiers a file names: imports, re-exports, require, import(), jest.mock. */
function moduleSpecifiers(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const named = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) named(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) named(node.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      named(node.argument.literal);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const loads =
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'jest' &&
          JEST_MODULE_CALLS.has(callee.name.text));
      if (loads) named(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

/** `@aws-sdk/lib-dynamodb/x` → `@aws-sdk/lib-dynamodb`, `zod/mini` → `zod`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Where a package's types live when it ships none: `aws-lambda` → `@types/aws-lambda`. */
const typesOf = (name: string) =>
  `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtins.has(packageOf(specifier));

/** Tests, their support and build scripts: not part of what a workspace ships. */
const isTooling = (path: string) =>
  /\.test\.tsx?$/.test(path) ||
  path.split(sep).some((part) => ['test', 'e2e', 'weapp-test', 'scripts'].includes(part));

interface Owner {
  label: string;
  files: string[];
  allowed: (path: string) => Set<string>;
}

const owners: Owner[] = [
  ...workspaces.map(({ dir, manifest }) => ({
    label: `${dir}/package.json`,
    files: sourceFiles(join(REPO_ROOT, dir)),
    allowed: (path: string) =>
      new Set([
        ...workspaceNames,
        ...declared(manifest),
        ...(isTooling(relative(join(REPO_ROOT, dir), path)) ? declared(root) : []),
      ]),
  })),
  {
    label: 'package.json',
    files: readdirSync(REPO_ROOT, { withFileTypes: true }).flatMap((entry) => {
      const path = join(REPO_ROOT, entry.name);
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) return [];
      if ((root.workspaces ?? []).includes(entry.name)) return [];
      if (entry.isDirectory()) return sourceFiles(path);
      return SOURCE.test(entry.name) ? [path] : [];
    }),
    allowed: () => new Set([...workspaceNames, ...declared(root)]),
  },
];

function undeclaredImports(owner: Owner): string[] {
  return owner.files.flatMap((path) => {
    const allowed = owner.allowed(path);
    return moduleSpecifiers(path, readFileSync(path, 'utf8'))
      .filter((specifier) => !isBuiltin(specifier))
      .map(packageOf)
      .filter((name) => !allowed.has(name) && !allowed.has(typesOf(name)))
      .filter((name, index, names) => names.indexOf(name) === index)
      .map((name) => `${relative(REPO_ROOT, path)} imports ${name}`);
  });
}

describe('imports against the package.json that owns each file', () => {
  it('finds the imports of every kind of file it scans', () => {
    const text = [
      "import a from 'a/x';",
      "import type { B } from '@b/c/d';",
      "export * from 'e';",
      "import f = require('f');",
      "const g = require('g'); void import('h'); jest.mock('i');",
      "type J = import('j').J; import k from './k'; sandbox.require('app.js');",
    ].join('\n');
    expect(moduleSpecifiers('x.ts', text).map(packageOf)).toEqual([
      'a',
      '@b/c',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
    ]);
    for (const owner of owners) expect(owner.files.length).toBeGreaterThan(0);
  });

  it.each(owners.map((owner) => [owner.label, owner] as const))(
    '%s declares every package its files import',
    (_label, owner) => {
      expect(undeclaredImports(owner)).toEqual([]);
    },
  );
});
