import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuiltSince } from './weapp';

describe('measuring an existing weapp build', () => {
  let build: string;
  const stepBegan = Date.parse('2026-12-01T18:00:00Z');
  const at = (path: string, iso: string) => utimesSync(path, new Date(iso), new Date(iso));

  beforeEach(() => {
    build = mkdtempSync(join(tmpdir(), 'bench-weapp-'));
    mkdirSync(join(build, 'pages', 'home'), { recursive: true });
    for (const file of ['app.json', 'common.js', 'pages/home/index.js']) {
      writeFileSync(join(build, file), '{}');
      at(join(build, file), '2026-11-30T09:00:00Z');
    }
  });
  afterEach(() => rmSync(build, { recursive: true, force: true }));

  it('accepts a build whose every file was written since the step began', () => {
    for (const file of ['app.json', 'common.js', 'pages/home/index.js']) {
      at(join(build, file), '2026-12-01T18:01:30Z');
    }
    expect(() => assertBuiltSince(build, stepBegan)).not.toThrow();
  });

  it('refuses an older build, or a fresh one beside an older file (its bytes would count)', () => {
    expect(() => assertBuiltSince(build, stepBegan)).toThrow(/before 2026-12-01T18:00:00.000Z/);
    for (const file of ['app.json', 'common.js']) at(join(build, file), '2026-12-01T18:01:30Z');
    expect(() => assertBuiltSince(build, stepBegan)).toThrow(/holds pages\/home\/index.js of/);
  });

  it('refuses a directory without a weapp build', () => {
    rmSync(join(build, 'app.json'));
    expect(() => assertBuiltSince(build, stepBegan)).toThrow(/No weapp build/);
  });
});
