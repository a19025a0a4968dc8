// One STAGE variable selects everything. Local and test get fixed development keys so the stack
// starts with no setup — and only outside Lambda: inside Lambda (AWS_LAMBDA_FUNCTION_NAME is set
// by the runtime) only a deployed stage starts. A deployed stage (dev, prod) takes its secrets from
// SSM (config/secrets.ts), never from the environment, and refuses to start without real ones or
// with any development-only switch left on. Dev login, X-Clock and the development keys follow
// from `deployed`, so they exist only in local/test on a developer's or CI machine.
import { devKeys } from './devKeys';
import { SECRET_NAMES, type DeployedSecrets } from './secrets';

export const STAGES = ['local', 'test', 'dev', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageConfig {
  stage: Stage;
  /** dev and prod: real AWS, WeChat login only, no X-Clock. */
  deployed: boolean;
  region: string;
  tableName: string;
  bucketName: string;
  /** DynamoDB Local / s3rver endpoints; only ever set in local and test. */
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  jwtSecret: Uint8Array;
  /** Access-token lifetime: at most 15 minutes (a removed role or agent ends within it). */
  tokenTtlSeconds: number;
  /** A refresh-token family unused this long ends. */
  refreshTtlSeconds: number;
  idHmacKey: Buffer;
  idEncryptionKey: Buffer;
  allowDevLogin: boolean;
  honourClockHeader: boolean;
  /** Stand-in for WeChat code2Session (local and test only). */
  fakeWechat: boolean;
  wechat?: { appId: string; appSecret: string };
  logLevel: string;
  /**
   * Deployed: the Lambda function that runs export jobs, invoked asynchronously (default: osls'
   * name of reviewExportJob). Local and test run them in the process that asked.
   */
  exportJobFunction?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** A 32-byte key from its base64 form (the ID-number keys). */
export function key32(name: string, value: string): Buffer {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 32) throw new ConfigError(`${name} must be 32 bytes, base64-encoded`);
  return bytes;
}

export const isDeployedStage = (stage: string | undefined): boolean =>
  stage === 'dev' || stage === 'prod';

/**
 * The stage's configuration. `secrets` are a deployed stage's secrets as read from SSM
 * (loadDeployedSecrets); local and test ignore them and use the environment or the dev keys.
 */
export function loadStageConfig(
  env: Env = process.env,
  secrets: DeployedSecrets = {},
): StageConfig {
  const stageName = env.STAGE ?? 'local';
  if (!isStage(stageName)) {
    throw new ConfigError(`STAGE must be one of ${STAGES.join(', ')}; got "${stageName}"`);
  }
  const deployed = isDeployedStage(stageName);
  if (!deployed && env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new ConfigError(
      `Refusing to start stage "${stageName}" inside Lambda: only dev and prod run there ` +
        '(deploy with --stage dev or --stage prod).',
    );
  }
  if (deployed) refuseDevelopmentSettings(env, secrets);

  const devOr = (value: string | undefined, fallback: string) =>
    value && value.length > 0 ? value : fallback;
  const jwtSecret = deployed ? secrets.JWT_SECRET! : devOr(env.JWT_SECRET, devKeys.jwtSecret);
  const idHmacKey = deployed ? secrets.ID_HMAC_KEY! : devOr(env.ID_HMAC_KEY, devKeys.idHmacKey);
  const idEncryptionKey = deployed
    ? secrets.ID_ENCRYPTION_KEY!
    : devOr(env.ID_ENCRYPTION_KEY, devKeys.idEncryptionKey);
  const wechatAppSecret = deployed ? secrets.WECHAT_APP_SECRET : env.WECHAT_APP_SECRET;
  const wechat =
    env.WECHAT_APP_ID && wechatAppSecret
      ? { appId: env.WECHAT_APP_ID, appSecret: wechatAppSecret }
      : undefined;

  return {
    stage: stageName,
    deployed,
    region: env.AWS_REGION ?? 'cn-north-1',
    tableName: devOr(env.TABLE_NAME, `yidi-${stageName}`),
    bucketName: devOr(env.BUCKET_NAME, `yidi-${stageName}-materials`),
    dynamoEndpoint: deployed ? undefined : env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: deployed ? undefined : env.S3_ENDPOINT || undefined,
    jwtSecret: new TextEncoder().encode(jwtSecret),
    tokenTtlSeconds: accessTtlOf(env.TOKEN_TTL_SECONDS),
    refreshTtlSeconds: 30 * 24 * 3600,
    idHmacKey: key32('ID_HMAC_KEY', idHmacKey),
    idEncryptionKey: key32('ID_ENCRYPTION_KEY', idEncryptionKey),
    allowDevLogin: !deployed,
    honourClockHeader: !deployed,
    fakeWechat: !deployed && !wechat,
    wechat,
    logLevel: env.LOG_LEVEL ?? (deployed ? 'INFO' : 'WARN'),
    ...(deployed && env.EXPORT_JOB_FUNCTION ? { exportJobFunction: env.EXPORT_JOB_FUNCTION } : {}),
  };
}

export const MAX_ACCESS_TTL_SECONDS = 15 * 60;

/** TOKEN_TTL_SECONDS may shorten the access token (tests), never lengthen it past 15 minutes. */
function accessTtlOf(value: string | undefined): number {
  if (value === undefined || value === '') return MAX_ACCESS_TTL_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_ACCESS_TTL_SECONDS) {
    throw new ConfigError(`TOKEN_TTL_SECONDS must be 1…${MAX_ACCESS_TTL_SECONDS}; got "${value}"`);
  }
  return seconds;
}

/** Every development-only setting a deployed stage must not carry. */
function refuseDevelopmentSettings(env: Env, secrets: DeployedSecrets): void {
  const problems: string[] = [];
  for (const name of SECRET_NAMES) {
    // A secret in the environment is readable with the function's configuration: refused.
    if (env[name])
      problems.push(`${name} is set in the environment (deployed secrets come from SSM)`);
  }
  const requireSecret = (name: 'JWT_SECRET' | 'ID_HMAC_KEY' | 'ID_ENCRYPTION_KEY') => {
    const value = secrets[name];
    if (!value) problems.push(`${name} is not in SSM under SECRETS_PATH`);
    else if ((Object.values(devKeys) as string[]).includes(value))
      problems.push(`${name} is a development key`);
  };
  requireSecret('JWT_SECRET');
  requireSecret('ID_HMAC_KEY');
  requireSecret('ID_ENCRYPTION_KEY');
  if ((secrets.JWT_SECRET ?? '').length < 32)
    problems.push('JWT_SECRET is shorter than 32 characters');
  for (const devOnly of ['DYNAMODB_ENDPOINT', 'S3_ENDPOINT', 'ALLOW_DEV_LOGIN', 'FAKE_WECHAT']) {
    if (env[devOnly]) problems.push(`${devOnly} is a local/test setting`);
  }
  if (!env.WECHAT_APP_ID || !secrets.WECHAT_APP_SECRET) {
    problems.push('WECHAT_APP_ID (environment) and WECHAT_APP_SECRET (SSM) are required');
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Refusing to start stage "${env.STAGE}": ${problems.join('; ')}. Set real secrets.`,
    );
  }
}
