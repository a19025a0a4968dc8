// The adapters a function's runtime may hold beside its store, each made from the stage config
// (and, for the calendars, the store). A function names those it uses (recipes.ts); the others,
// and the AWS SDK clients they load, stay out of its bundle and its cold start.
import { s3ExportFileStorage } from '../adapters/exportFiles';
import { lambdaExportLauncher } from '../adapters/exportLauncher';
import {
  fakeFaceVerificationClient,
  wechatFaceVerificationClient,
} from '../adapters/faceVerification';
import { s3MaterialStorage } from '../adapters/materialStorage';
import { fakeWechatSessionClient, httpsWechatSessionClient } from '../adapters/wechatSession';
import { systemClock } from '../clock';
import type { StageConfig } from '../config/stage';
import { cachedCalendarSource } from '../services/calendar/calendarSource';
import { wechatAccessTokenSource } from '../services/notifications/wechatNotifier';
import type { Store } from '../store';
import type { Runtime } from './index';

export type AdapterName =
  'wechat' | 'faceVerification' | 'storage' | 'calendars' | 'exportFiles' | 'exportLauncher';

/** Makes one adapter; `store` is the function's own (the calendars read store.calendars). */
export type AdapterPart<P extends AdapterName> = (
  config: StageConfig,
  store: Partial<Store>,
) => Runtime[P];
export type AdapterParts<A extends AdapterName> = { readonly [P in A]: AdapterPart<P> };

const NO_WECHAT = { appId: '', appSecret: '' };

const bucketOf = (config: StageConfig) => ({
  region: config.region,
  endpoint: config.s3Endpoint,
  bucket: config.bucketName,
});

export const wechat: AdapterPart<'wechat'> = (config) =>
  config.fakeWechat
    ? fakeWechatSessionClient()
    : httpsWechatSessionClient(config.wechat ?? NO_WECHAT);

export const faceVerification: AdapterPart<'faceVerification'> = (config) =>
  config.fakeWechat
    ? fakeFaceVerificationClient()
    : wechatFaceVerificationClient({
        accessToken: wechatAccessTokenSource(config.wechat ?? NO_WECHAT, systemClock),
      });

export const storage: AdapterPart<'storage'> = (config) => s3MaterialStorage(bucketOf(config));

export const exportFiles: AdapterPart<'exportFiles'> = (config) =>
  s3ExportFileStorage(bucketOf(config));

/** The national calendar with the loaded holiday schedules, cached per cold start. */
export const calendars: AdapterPart<'calendars'> = (_config, store) => {
  if (!store.calendars) throw new Error('The calendars adapter needs the calendars store part');
  return cachedCalendarSource(store.calendars, systemClock);
};

/**
 * Deployed: the reviewExportJob Lambda. Absent locally, where the export route runs the job in
 * its own process (http/review/exportJobs.ts).
 */
export const exportLauncher: AdapterPart<'exportLauncher'> = (config) =>
  config.deployed
    ? lambdaExportLauncher({
        region: config.region,
        // osls names functions <service>-<stage>-<function> (serverless.yml sets it too).
        functionName: config.exportJobFunction ?? `yidi-jiuyi-${config.stage}-reviewExportJob`,
      })
    : undefined;
