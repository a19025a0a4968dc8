// Checks for what `npm ci` cannot install. Each failure prints the one-line fix.
// Usage: node scripts/preflight.mjs <start|test>
import { spawnSync } from 'node:child_process';

const mode = process.argv[2] ?? 'test';
const problems = [];

/** Output of a command (stdout and stderr: `java -version` prints to stderr), or null if absent. */
function run(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  if (result.error) return null;
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

const [nodeMajor] = process.versions.node.split('.').map(Number);
if (nodeMajor < 20) problems.push(`Node ${process.versions.node} is too old; need Node ≥ 20.`);

// DynamoDB Local (amplify-dynamodb-simulator) is a Java program.
const javaVersion = run('java', ['-version']);
const javaMajor = javaVersion?.match(/version "(\d+)/)?.[1];
if (!javaMajor || Number(javaMajor) < 11) {
  problems.push(
    'DynamoDB Local needs Java ≥ 11. Fix: sudo apt-get install -y default-jre-headless',
  );
}

if (mode === 'test' && process.env.SKIP_BROWSER_TESTS !== '1') {
  if (!run('sh', ['-c', 'command -v chromium'])?.trim()) {
    problems.push('Browser tests need Chromium. Fix: sudo apt-get install -y chromium');
  }
  if (!/Noto Sans CJK/i.test(run('fc-list', []) ?? '')) {
    problems.push('Chinese text needs CJK fonts. Fix: sudo apt-get install -y fonts-noto-cjk');
  }
}

if (problems.length > 0) {
  console.error('preflight: this machine is missing something npm cannot install:');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
