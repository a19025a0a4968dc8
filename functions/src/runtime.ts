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
import { loadStageConfig, type StageConfig } from './config/stage';
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
    });
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
    storage:
      overrides.storage ??
      s3MaterialStorage({
        region: config.region,
        endpoint: config.s3Endpoint,
        bucket: config.bucketName,
      }),
  };
}

let processRuntime: Runtime | undefined;

/** The Lambda's runtime from process.env; throws ConfigError (no start) on a bad deployed config. */
export function runtimeFromEnvironment(): Runtime {
  processRuntime ??= createRuntime(loadStageConfig(process.env));
  return processRuntime;
}
