// Stages that cannot be mistaken (functions/README.md "Stages"): serverless.yml has no default stage; inside
// Lambda only dev and prod start; deployed secrets come from SSM (read once per container through
// a SecretSource), never from the environment, and never the development keys.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { devKeys } from '../../src/config/devKeys';
import { SECRET_PARAMETERS, type SecretSource } from '../../src/config/secrets';
import { forgetProcessRuntime, runtimeFromEnvironment } from '../../src/runtime';
import { authRecipe, meRecipe } from '../../src/runtime/recipes';
import { DEPLOYED_ENV, DEPLOYED_SECRETS } from '../support/testRuntime';

jest.setTimeout(60_000);

const REPO_ROOT = join(__dirname, '..', '..', '..');

/** An SSM stand-in holding the given secrets under their parameter names. */
function ssmHolding(secrets: Record<string, string>): SecretSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(path) {
      reads.push(path);
      return Object.fromEntries(
        Object.entries(secrets).map(([name, value]) => [
          SECRET_PARAMETERS[name as keyof typeof SECRET_PARAMETERS],
          value,
        ]),
      );
    },
  };
}

const inLambda = { ...DEPLOYED_ENV, AWS_LAMBDA_FUNCTION_NAME: 'yidi-jiuyi-prod-authLogin' };

afterEach(() => forgetProcessRuntime());

it('a deployed stage reads its secrets from SSM under its path, once per container', async () => {
  const ssm = ssmHolding(DEPLOYED_SECRETS);
  const runtime = await runtimeFromEnvironment(authRecipe, inLambda, ssm);
  expect(runtime.config).toMatchObject({
    stage: 'prod',
    deployed: true,
    allowDevLogin: false,
    honourClockHeader: false,
    fakeWechat: false,
  });
  expect(new TextDecoder().decode(runtime.config.jwtSecret)).toBe(DEPLOYED_SECRETS.JWT_SECRET);
  expect(await runtimeFromEnvironment(authRecipe, inLambda, ssm)).toBe(runtime);
  expect(ssm.reads).toEqual(['/yidi/prod/']);
  // Another recipe in the same process (the local stack, a test) composes its own runtime from
  // the same config: still one read.
  const other = await runtimeFromEnvironment(meRecipe, inLambda, ssm);
  expect(other).not.toBe(runtime);
  expect(other.config).toBe(runtime.config);
  expect(ssm.reads).toEqual(['/yidi/prod/']);
});

it.each([
  ['a development key in SSM', { ...DEPLOYED_SECRETS, JWT_SECRET: devKeys.jwtSecret }],
  ['a secret missing from SSM', { ...DEPLOYED_SECRETS, ID_ENCRYPTION_KEY: '' }],
])('a deployed stage refuses to start with %s', async (_label, secrets) => {
  await expect(runtimeFromEnvironment(authRecipe, inLambda, ssmHolding(secrets))).rejects.toThrow(
    /Refusing to start/,
  );
});

it('a failed SSM read is retried by the next invocation, not cached', async () => {
  const failing: SecretSource = {
    read: () => Promise.reject(new Error('ssm unavailable')),
  };
  await expect(runtimeFromEnvironment(authRecipe, inLambda, failing)).rejects.toThrow(
    /ssm unavailable/,
  );
  await expect(
    runtimeFromEnvironment(authRecipe, inLambda, ssmHolding(DEPLOYED_SECRETS)),
  ).resolves.toMatchObject({ config: { stage: 'prod' } });
});

it.each([['local'], ['test'], [undefined]])(
  'inside Lambda, stage %s does not start (dev login, X-Clock and dev keys never run in AWS)',
  async (stage) => {
    const env = {
      AWS_LAMBDA_FUNCTION_NAME: 'yidi-jiuyi-authLogin',
      ...(stage ? { STAGE: stage } : {}),
    };
    await expect(runtimeFromEnvironment(authRecipe, env, ssmHolding({}))).rejects.toThrow(
      /inside Lambda/,
    );
  },
);

it('serverless.yml has no default stage: osls stops without --stage', async () => {
  const run = promisify(execFile)(join(REPO_ROOT, 'node_modules', '.bin', 'osls'), ['print'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      STAGE: 'local',
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
    },
  });
  const failure = (await run.then(
    () => undefined,
    (error: unknown) => error,
  )) as { stdout: string; stderr: string } | undefined;
  expect(failure).toBeDefined();
  expect(`${failure?.stdout}${failure?.stderr}`).toMatch(
    /Cannot resolve variable at "provider\.stage"/,
  );
});
