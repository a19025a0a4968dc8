// Prints the size of the WeChat main package, each subpackage and the total, from a weapp
// build (dist/weapp by default). Fails when the main package reaches WeChat's 2 MB limit.
// Usage: node scripts/package-size.mjs [buildDir]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;
const SUBPACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;
// DevTools settings, not part of the uploaded code package.
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

const miniappDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const buildDir = path.resolve(miniappDir, process.argv[2] ?? 'dist/weapp');
const appJsonPath = path.join(buildDir, 'app.json');
if (!existsSync(appJsonPath)) {
  console.error(`No weapp build at ${buildDir}. Run: npm run build:weapp -w miniapp`);
  process.exit(1);
}

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const fullPath = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(fullPath) : [fullPath];
  });
}

const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'));
const subpackageRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((subpackage) =>
  subpackage.root.replace(/\/+$/, ''),
);
const sizes = new Map([['(main)', 0], ...subpackageRoots.map((root) => [root, 0])]);

for (const file of filesUnder(buildDir)) {
  const relativePath = path.relative(buildDir, file).split(path.sep).join('/');
  if (NOT_UPLOADED.has(relativePath)) continue;
  const owner = subpackageRoots.find((root) => relativePath.startsWith(`${root}/`)) ?? '(main)';
  sizes.set(owner, sizes.get(owner) + statSync(file).size);
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1).padStart(9)} KB`;
let total = 0;
for (const [name, bytes] of sizes) {
  total += bytes;
  console.log(`${name.padEnd(24)}${kilobytes(bytes)}`);
}
console.log(`${'total'.padEnd(24)}${kilobytes(total)}`);

const problems = [];
const mainBytes = sizes.get('(main)');
if (mainBytes >= MAIN_PACKAGE_LIMIT_BYTES) {
  problems.push(`main package is ${kilobytes(mainBytes).trim()}; WeChat allows less than 2 MB`);
}
for (const root of subpackageRoots) {
  if (sizes.get(root) >= SUBPACKAGE_LIMIT_BYTES) {
    problems.push(`subpackage ${root} is ${kilobytes(sizes.get(root)).trim()}; limit 2 MB`);
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`package-size: ${problem}`);
  process.exit(1);
}
