// docs/architecture.md: no Scan on any request path. The lint rule bans Scan imports and `.scan`; this test
// also catches a string-built command or a raw SDK client call slipping into functions/src.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_ROOT = join(__dirname, '..');

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
      const source = readFileSync(file, 'utf8');
      expect(source).not.toMatch(/\bScan(Command|Input)?\b|\.scan\s*\(|['"]Scan['"]/);
    },
  );
});
