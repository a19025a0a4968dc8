// `npm start`: the whole product on this machine — DynamoDB Local, s3rver, the table, demo data
// and the API on http://localhost:3000/v1 (API_PORT to change), then the H5 app built against
// that API and served on http://localhost:10087 (H5_PORT), and the weapp build for WeChat
// DevTools with its package sizes. Ctrl-C stops all of it, builds included.
// SKIP_H5=1 / SKIP_WEAPP=1 leave a build out (start-up is quicker; the API alone takes seconds).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startBackend, type Backend } from './app/backend';
import { weappPackageSizes, type PackageSizeReport } from './app/packageSizes';
import { serveStatic, type StaticServer } from './app/staticServer';
import { buildMiniapp, MINIAPP_DIR, type MiniappPlatform } from './app/taroBuild';
import { REPO_ROOT } from './routes';

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const progress = (line: string) => console.log(`  … ${line}`);
const done = (line: string) => console.log(`  ✓ ${line}`);

type BuildOutcome<T> =
  { kind: 'skipped' } | { kind: 'failed'; message: string } | ({ kind: 'ok' } & T);

async function main(): Promise<void> {
  if (process.env.SKIP_PREFLIGHT !== '1') {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'preflight.mjs'), 'start'], {
      stdio: 'inherit',
    });
  }
  const apiPort = Number(process.env.API_PORT ?? 3000);
  const h5Port = Number(process.env.H5_PORT ?? 10087);
  const host = process.env.API_HOST ?? '127.0.0.1';
  const startedAt = Date.now();

  // Ctrl-C may come at any point, in the middle of a build too: everything started so far stops.
  const builds = new AbortController();
  let backend: Backend | undefined;
  let h5Server: StaticServer | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      console.log('\nStopping …');
      builds.abort();
      await h5Server?.stop();
      await backend?.stop();
      console.log('Stopped.');
    })());
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx),
  // and a second signal with no listener would kill it before the clean-up has finished.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stopAll().then(() => process.exit(0)));
  }

  try {
    progress('starting DynamoDB Local, s3rver, demo data and the API (esbuild bundles)');
    backend = await startBackend({
      stage: 'local',
      apiPort,
      apiHost: host,
      ...(process.env.DYNAMODB_PORT ? { dynamoPort: Number(process.env.DYNAMODB_PORT) } : {}),
      ...(process.env.S3_PORT ? { s3Port: Number(process.env.S3_PORT) } : {}),
    });
    done(
      `API up at ${backend.apiUrl}/v1 (${seconds(startedAt)}; ${backend.routeCount} bundles ` +
        `built in ${(backend.bundleMilliseconds / 1000).toFixed(1)} s)`,
    );
    const apiBase = process.env.API_BASE ?? `${backend.apiUrl}/v1`;

    // One build at a time: two webpack runs at once only slow each other down on 2 cores.
    const build = async <T>(
      platform: MiniappPlatform,
      skip: boolean,
      then: (outputDir: string) => Promise<T>,
    ): Promise<BuildOutcome<T>> => {
      if (skip) return { kind: 'skipped' };
      const buildStartedAt = Date.now();
      progress(`building ${platform} (taro build --type ${platform}, API ${apiBase})`);
      try {
        const { outputDir } = await buildMiniapp({ platform, apiBase, signal: builds.signal });
        done(`${platform} built (${seconds(buildStartedAt)})`);
        return { kind: 'ok', ...(await then(outputDir)) };
      } catch (error) {
        if (stopping) throw error;
        console.error(`  ✗ ${platform} build failed:\n${String(error)}`);
        return { kind: 'failed', message: `build failed (see above); API still running` };
      }
    };
    const h5 = await build('h5', process.env.SKIP_H5 === '1', async (outputDir) => {
      h5Server = await serveStatic(outputDir, { port: h5Port, host });
      return { url: h5Server.url };
    });
    const weapp = await build('weapp', process.env.SKIP_WEAPP === '1', async (outputDir) => ({
      outputDir,
      sizes: weappPackageSizes(outputDir),
    }));

    printTable(backend, { h5, weapp }, seconds(startedAt));
  } catch (error) {
    if (stopping) return;
    await stopAll();
    throw error;
  }
}

function printTable(
  backend: Backend,
  apps: {
    h5: BuildOutcome<{ url: string }>;
    weapp: BuildOutcome<{ outputDir: string; sizes: PackageSizeReport }>;
  },
  elapsed: string,
): void {
  const { stack, demo } = backend;
  const row = (what: string, where: string, notes = '') =>
    `  ${what.padEnd(16)}  ${where.padEnd(40)}  ${notes}`.trimEnd();
  const outcome = (result: BuildOutcome<unknown>, skipVariable: string) =>
    result.kind === 'failed' ? `(${result.message})` : `(not built: ${skipVariable}=1)`;

  const h5Row =
    apps.h5.kind === 'ok'
      ? row('H5 app', apps.h5.url, 'production build of miniapp/ against the API above')
      : row('H5 app', outcome(apps.h5, 'SKIP_H5'));
  const weappRows =
    apps.weapp.kind === 'ok'
      ? [
          row('weapp build', apps.weapp.outputDir, 'for WeChat DevTools'),
          row('', `DevTools → Import → ${MINIAPP_DIR}`),
          row('', '(its project.config.json points at dist/weapp/)'),
          row('', 'package sizes:'),
          ...apps.weapp.sizes.lines.map((line) => row('', `  ${line}`)),
          ...apps.weapp.sizes.problems.map((line) => row('', `  ✗ ${line}`)),
        ]
      : [row('weapp build', outcome(apps.weapp, 'SKIP_WEAPP'))];

  console.log(`
异地就医备案 — local stack is up (${elapsed})

${row('What', 'Where')}
${row('-'.repeat(16), '-'.repeat(40))}
${row('API (/v1)', `${backend.apiUrl}/v1`, `${backend.routeCount} routes from serverless.yml, on their esbuild bundles`)}
${h5Row}
${weappRows.join('\n')}
${row('DynamoDB Local', stack.dynamo.endpoint, `table ${stack.tableName} (in memory, pid ${stack.dynamo.pid})`)}
${row('S3 (s3rver)', stack.s3.endpoint, `bucket ${stack.bucketName}`)}
${row('Messages', 'outbox dispatcher, every 2 s', '(recorded in the inbox; nothing is sent)')}
${row('Stage', 'local', '(dev login on, X-Clock honoured)')}

  Demo users (the H5 login page has a button for each; or POST /v1/auth/login
  {"provider":"dev","devUser":"<name>"}):
    alice      insured, 李娜 (蚌埠 340300); her father 李建国 PENDING
    bob        insured, 李强 (淮安 320800); his father 李建国 ACTIVE (consent given)
    lijianguo  李建国's own account (合肥 340100)
    carol      REVIEWER for ${demo.users.carol.regions.join(', ')}

  Try:  curl -s ${backend.apiUrl}/v1/regions

Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
