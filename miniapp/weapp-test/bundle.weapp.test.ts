// The weapp build as shipped: no chunk reaches for a browser-only global outside H5-only
// branches (those are compiled out of the weapp build: `process.env.TARO_ENV === 'h5'` is a
// constant there), and the main package stays small (issue 12: < 400 KB; WeChat's limit is 2 MB).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { BROWSER_ONLY_GLOBALS } from './support/sandbox';
import { stackEnv } from './support/app';

const MAIN_PACKAGE_BUDGET_BYTES = 400 * 1024;
/** Not part of the uploaded code: DevTools settings and the harness's own marker. */
const NOT_UPLOADED = new Set([
  'project.config.json',
  'project.private.config.json',
  'weapp-api-base.txt',
]);

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/**
 * Free references to a browser-only global, found with TypeScript's parser (a declared dev
 * dependency): identifiers in expression position, not property names (`.document`,
 * `{ window: 1 }`), not declarations, and not `typeof x` feature tests.
 */
export function browserGlobalsIn(source: string): string[] {
  const names = new Set<string>(
    BROWSER_ONLY_GLOBALS.filter((name) => !['process', 'global'].includes(name)),
  );
  const file = ts.createSourceFile(
    'chunk.js',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && names.has(node.text) && isFreeReference(node))
      found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found];
}

/** Inside `if (typeof x …) … x`, `typeof x … && x` or `typeof x … ? x : …`: a feature test. */
function guardedByTypeof(node: ts.Identifier): boolean {
  const test = `typeof ${node.text}`;
  for (let child: ts.Node = node, up = node.parent; up; child = up, up = up.parent) {
    if (ts.isIfStatement(up) && child !== up.expression && up.expression.getText().includes(test))
      return true;
    if (
      ts.isConditionalExpression(up) &&
      child !== up.condition &&
      up.condition.getText().includes(test)
    )
      return true;
    if (
      ts.isBinaryExpression(up) &&
      up.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === up.right &&
      up.left.getText().includes(test)
    )
      return true;
  }
  return false;
}

function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isPropertyDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isTypeOfExpression(parent)) return false;
  if (guardedByTypeof(node)) return false;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  return true;
}

describe('the weapp chunks', () => {
  const { weappDir } = stackEnv();
  const chunks = filesUnder(weappDir).filter((file) => file.endsWith('.js'));

  it('the check finds what it must', () => {
    expect(browserGlobalsIn('a instanceof HTMLCanvasElement')).toEqual(['HTMLCanvasElement']);
    expect(browserGlobalsIn('const c=document.createElement("canvas")')).toEqual(['document']);
    expect(
      browserGlobalsIn('"object"==typeof window&&x; o.document; ({window:1}); "fetch"'),
    ).toEqual([]);
    expect(browserGlobalsIn('var s = `${window.innerWidth}`')).toEqual(['window']);
    expect(
      browserGlobalsIn(
        'if ("object" === typeof window) return window; x = typeof document < "u" ? document : 1',
      ),
    ).toEqual([]);
  });

  it.each(chunks.map((file) => [relative(weappDir, file)]))(
    '%s uses no browser-only global',
    (file) => {
      expect(browserGlobalsIn(readFileSync(join(weappDir, file), 'utf8'))).toEqual([]);
    },
  );
});

describe('the main package', () => {
  it(`stays under ${MAIN_PACKAGE_BUDGET_BYTES / 1024} KB`, () => {
    const { weappDir } = stackEnv();
    const appJson = JSON.parse(readFileSync(join(weappDir, 'app.json'), 'utf8')) as {
      subPackages?: Array<{ root: string }>;
    };
    const roots = (appJson.subPackages ?? []).map((pkg) => pkg.root.replace(/\/+$/, '') + sep);
    const main = filesUnder(weappDir).filter((file) => {
      const path = relative(weappDir, file);
      return !NOT_UPLOADED.has(path) && !roots.some((root) => path.startsWith(root));
    });
    const bytes = main.reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(MAIN_PACKAGE_BUDGET_BYTES);
  });
});
