// Composition root: one runtime per cold start (or per test), built from the stage config. A
// Lambda's runtime holds only the store parts and adapters its recipe names (recipes.ts), so
// its bundle carries nothing else; createRuntime (tests, tools) holds them all. Handlers receive
// their runtime; services receive only the parts they need.
import type { ExportFileStorage } from '../adapters/exportFiles';
import type { ExportLauncher } from '../adapters/exportLauncher';
import type { FaceVerificationClient } from '../adapters/faceVerification';
import type { MaterialStorage } from '../adapters/materialStorage';
import type { WechatSessionClient } from '../adapters/wechatSession';
import { loadDeployedSecrets, ssmSecretSource, type SecretSource } from '../config/secrets';
import { isDeployedStage, loadStageConfig, type StageConfig } from '../config/stage';
import { createLogger, type Logger } from '../middleware/logging';
import { idNumberProtection, type IdNumberProtection } from '../security/idNumberProtection';
import type { CalendarSource } from '../services/calendar/calendarSource';
import { composeStore, type Store, type StoreParts } from '../store';
import * as allStoreParts from '../store/parts';
import * as allAdapters from './adapters';
import type { AdapterName, AdapterParts } from './adapters';

export type { AdapterName } from './adapters';

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

/** A runtime with the store parts K and the adapters A (a whole Runtime is one of every kind). */
export type RuntimeWith<K extends keyof Store, A extends AdapterName = never> = Pick<
  Runtime,
  'config' | 'logger' | 'protection' | A
> & { store: Pick<Store, K> };

/** Some recipe, of whatever parts (a recipe naming more is still one). */
export type AnyRuntimeRecipe = RuntimeRecipe<never>;

/** The runtime a recipe makes. */
export type RuntimeOf<R> = R extends RuntimeRecipe<infer K, infer A> ? RuntimeWith<K, A> : never;

/** What one function's runtime is made of: its store parts and its adapters. */
export interface RuntimeRecipe<K extends keyof Store, A extends AdapterName = never> {
  /**
   * Its store parts, and the store's composer — named here, not called by composeRuntime, so a
   * function that reads no table (absent `store`) bundles no store at all.
   */
  store?: { compose: typeof composeStore; parts: StoreParts<K> };
  adapters: AdapterParts<A>;
}

export function composeRuntime<K extends keyof Store, A extends AdapterName = never>(
  recipe: RuntimeRecipe<K, A>,
  config: StageConfig,
  overrides: Partial<Runtime> = {},
): RuntimeWith<K, A> {
  const store =
    (overrides.store as Pick<Store, K> | undefined) ??
    recipe.store?.compose(recipe.store.parts, {
      tableName: config.tableName,
      region: config.region,
      endpoint: config.dynamoEndpoint,
      encryptionKey: config.idEncryptionKey,
    }) ??
    ({} as Pick<Store, K>);
  const runtime: Partial<Runtime> = {
    config,
    store: store as Store,
    logger: overrides.logger ?? createLogger({ level: config.logLevel }),
    protection:
      overrides.protection ??
      idNumberProtection({ hmacKey: config.idHmacKey, encryptionKey: config.idEncryptionKey }),
  };
  for (const name of Object.keys(recipe.adapters) as A[]) {
    const adapter = overrides[name] ?? recipe.adapters[name](config, store);
    if (adapter !== undefined) (runtime as Record<A, unknown>)[name] = adapter;
  }
  return runtime as RuntimeWith<K, A>;
}

/** Every store part and adapter: tests, tools and the bench. */
export function createRuntime(config: StageConfig, overrides: Partial<Runtime> = {}): Runtime {
  return composeRuntime(
    { store: { compose: composeStore, parts: allStoreParts }, adapters: allAdapters },
    config,
    overrides,
  ) as Runtime;
}

let processConfig: Promise<StageConfig> | undefined;
/** Per recipe: a recipe is a module constant, one per function (several in a test process). */
const processRuntimes = new Map<object, Promise<unknown>>();

/**
 * The stage config from process.env, once per container: a deployed stage first reads its
 * secrets from SSM. Rejects with ConfigError (no start) on a bad config; a failed SSM read is
 * retried by the next invocation.
 */
function configFromEnvironment(
  env: Record<string, string | undefined>,
  secretSource?: SecretSource,
): Promise<StageConfig> {
  processConfig ??= (async () => {
    const secrets = isDeployedStage(env.STAGE)
      ? await loadDeployedSecrets(
          secretSource ?? ssmSecretSource(env.AWS_REGION ?? 'cn-north-1'),
          env.SECRETS_PATH ?? `/yidi/${env.STAGE}/`,
        )
      : {};
    return loadStageConfig(env, secrets);
  })().catch((error: unknown) => {
    processConfig = undefined;
    throw error;
  });
  return processConfig;
}

/** The Lambda's runtime of this recipe from process.env, once per container. */
export function runtimeFromEnvironment<K extends keyof Store, A extends AdapterName = never>(
  recipe: RuntimeRecipe<K, A>,
  env: Record<string, string | undefined> = process.env,
  secretSource?: SecretSource,
): Promise<RuntimeWith<K, A>> {
  let runtime = processRuntimes.get(recipe) as Promise<RuntimeWith<K, A>> | undefined;
  if (!runtime) {
    runtime = configFromEnvironment(env, secretSource).then((config) =>
      composeRuntime(recipe, config),
    );
    runtime.catch(() => processRuntimes.delete(recipe));
    processRuntimes.set(recipe, runtime);
  }
  return runtime;
}

/** Tests of runtimeFromEnvironment: forget the container's config and runtimes. */
export function forgetProcessRuntime(): void {
  processConfig = undefined;
  processRuntimes.clear();
}
