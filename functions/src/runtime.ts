// Composition root: one Runtime per cold start (or per test), built from the stage config.
// Handlers receive it; services receive only the parts they need.
import {
  fakeWechatSessionClient,
  httpsWechatSessionClient,
  type WechatSessionClient,
} from './adapters/wechatSession';
import {
  fakeFaceVerificationClient,
  wechatFaceVerificationClient,
  type FaceVerificationClient,
} from './adapters/faceVerification';
import { systemClock } from './clock';
import { wechatAccessTokenSource } from './services/notifications/wechatNotifier';
import { s3MaterialStorage, type MaterialStorage } from './adapters/materialStorage';
import { s3ExportFileStorage, type ExportFileStorage } from './adapters/exportFiles';
import { lambdaExportLauncher, type ExportLauncher } from './adapters/exportLauncher';
import { loadDeployedSecrets, ssmSecretSource, type SecretSource } from './config/secrets';
import { isDeployedStage, loadStageConfig, type StageConfig } from './config/stage';
import { createLogger, type Logger } from './middleware/logging';
import { idNumberProtection, type IdNumberProtection } from './security/idNumberProtection';
import { cachedCalendarSource, type CalendarSource } from './services/calendar/calendarSource';
import { createStore, type Store } from './store';

export interface Runtime {
  config: StageConfig;
  store: Store;
  logger: Logger;
  protection: IdNumberProtection;
  wechat: WechatSessionClient;
  /** Real-name verification: WeChat face verification, or its stand-in in local/test. */
  faceVerification: FaceVerificationClient;
  storage: MaterialStorage;
  /** The national calendar with the loaded holiday schedules, cached per cold start. */
  calendars: CalendarSource;
  /** Export files (CSV) in the bucket, written part by part. */
  exportFiles: ExportFileStorage;
  /**
   * Starts an export job: the reviewExportJob Lambda when deployed. Absent locally, where the
   * export route runs the job in its own process (http/review/exportJobs.ts) — composed there so
   * the job's code stays out of every other function's bundle.
   */
  exportLauncher?: ExportLauncher;
}

export function createRuntime(config: StageConfig, overrides: Partial<Runtime> = {}): Runtime {
  const wechat =
    overrides.wechat ??
    (config.fakeWechat
      ? fakeWechatSessionClient()
      : httpsWechatSessionClient(config.wechat ?? { appId: '', appSecret: '' }));
  const store =
    overrides.store ??
    createStore({
      tableName: config.tableName,
      region: config.region,
      endpoint: config.dynamoEndpoint,
      encryptionKey: config.idEncryptionKey,
    });
  const location = {
    region: config.region,
    endpoint: config.s3Endpoint,
    bucket: config.bucketName,
  };
  return {
    config,
    store,
    calendars: overrides.calendars ?? cachedCalendarSource(store.calendars, systemClock),
    logger: overrides.logger ?? createLogger({ level: config.logLevel }),
    protection:
      overrides.protection ??
      idNumberProtection({ hmacKey: config.idHmacKey, encryptionKey: config.idEncryptionKey }),
    wechat,
    faceVerification:
      overrides.faceVerification ??
      (config.fakeWechat
        ? fakeFaceVerificationClient()
        : wechatFaceVerificationClient({
            accessToken: wechatAccessTokenSource(
              config.wechat ?? { appId: '', appSecret: '' },
              systemClock,
            ),
          })),
    storage: overrides.storage ?? s3MaterialStorage(location),
    exportFiles: overrides.exportFiles ?? s3ExportFileStorage(location),
    ...(overrides.exportLauncher || config.deployed
      ? {
          exportLauncher:
            overrides.exportLauncher ??
            lambdaExportLauncher({
              region: config.region,
              // osls names functions <service>-<stage>-<function> (serverless.yml sets it too).
              functionName:
                config.exportJobFunction ?? `yidi-jiuyi-${config.stage}-reviewExportJob`,
            }),
        }
      : {}),
  };
}

let processRuntime: Promise<Runtime> | undefined;

/**
 * The Lambda's runtime from process.env, once per container: a deployed stage first reads its
 * secrets from SSM. Rejects with ConfigError (no start) on a bad config; a failed SSM read is
 * retried by the next invocation.
 */
export function runtimeFromEnvironment(
  env: Record<string, string | undefined> = process.env,
  secretSource?: SecretSource,
): Promise<Runtime> {
  processRuntime ??= (async () => {
    const secrets = isDeployedStage(env.STAGE)
      ? await loadDeployedSecrets(
          secretSource ?? ssmSecretSource(env.AWS_REGION ?? 'cn-north-1'),
          env.SECRETS_PATH ?? `/yidi/${env.STAGE}/`,
        )
      : {};
    return createRuntime(loadStageConfig(env, secrets));
  })().catch((error: unknown) => {
    processRuntime = undefined;
    throw error;
  });
  return processRuntime;
}

/** Tests of runtimeFromEnvironment: forget the container's runtime. */
export function forgetProcessRuntime(): void {
  processRuntime = undefined;
}
