// The weapp package sizes (main, each subpackage, total) as miniapp/scripts/package-size.mjs
// prints them — one script decides what counts, `npm run size -w miniapp` and `npm start` alike.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MINIAPP_DIR } from './taroBuild';

export interface PackageSizeReport {
  /** The script's table, one line per package plus the total. */
  lines: string[];
  /** Problems the script reported (a package at or over WeChat's 2 MB limit). */
  problems: string[];
}

export function weappPackageSizes(buildDir: string): PackageSizeReport {
  const result = spawnSync(
    process.execPath,
    [join(MINIAPP_DIR, 'scripts', 'package-size.mjs'), buildDir],
    {
      encoding: 'utf8',
    },
  );
  const lines = (text: string | null) =>
    (text ?? '').split('\n').filter((line) => line.trim() !== '');
  return { lines: lines(result.stdout), problems: lines(result.stderr) };
}
