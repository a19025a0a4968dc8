// docs/architecture.md: no Scan on any request path. The lint rule bans Scan imports and `.scan`; this test
// also catches a string-built command or a raw SDK client call slipping into functions/src — and
// into the tools in infra/src, where exactly one file may scan: the item migration (npm run
// migrate), which must read every item once, off any request path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_ROOT = join(__dirname, '..');
const TOOLS_ROOT = join(__dirname, '..', '..', '..', 'infra', 'src');
/** The one file allowed to scan (relative to infra/src). */
const MIGRATION = join('migrate', 'migrateTable.ts');
const SCANS = /\bScan(Command|Input)?\b|\.scan\s*\(|['"]Scan['"]/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('request paths', () => {
  const files = sourceFiles(SOURCE_ROOT);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [file.slice(SOURCE_ROOT.length + 1), file]))(
    '%s never scans the table',
    (_name, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(SCANS);
    },
  );
});

describe('tools (infra/src)', () => {
  const files = sourceFiles(TOOLS_ROOT).map((file) => file.slice(TOOLS_ROOT.length + 1));

  it.each(files.filter((file) => file !== MIGRATION))('%s never scans the table', (file) => {
    expect(readFileSync(join(TOOLS_ROOT, file), 'utf8')).not.toMatch(SCANS);
  });

  it('the migration is the one exception, and it does scan (the exception is not stale)', () => {
    expect(files).toContain(MIGRATION);
    expect(readFileSync(join(TOOLS_ROOT, MIGRATION), 'utf8')).toMatch(SCANS);
  });
});
