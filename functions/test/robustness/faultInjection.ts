// Faults DynamoDB or the network would cause, injected by an SDK middleware on the store's
// client in the deserialize step — inside the SDK's retry loop, so retries see them as they
// would see the real ones. `before`: the request never reaches the table (a throttled or timed
// out call); `after`: the table applied the request but the answer was lost (a timeout on the
// way back), the nastier case for "nothing doubled".
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, createStore, type Store } from '../../src/store';
import type { Runtime } from '../../src/runtime';

export type FaultKind = 'THROTTLED' | 'TIMEOUT';

export interface FaultPlan {
  kind: FaultKind;
  /** 'before': not applied; 'after': applied, answer lost. */
  when: 'before' | 'after';
  /** Fail this many attempts (of the matching commands), then let everything through. */
  failures: number;
  /** Only commands with this name, e.g. 'TransactWriteItemsCommand' (default: every command). */
  command?: string;
}

export interface FaultyStore {
  store: Store;
  /** Arms a plan (replacing the last); returns a reader of how many faults it injected. */
  inject(plan: FaultPlan): () => number;
  /** Attempts seen per command name since the store was made. */
  attempts: Map<string, number>;
  /** The client's effective retry limit (attempts per call, the first included). */
  maxAttempts(): Promise<number>;
  destroy(): void;
}

function faultOf(kind: FaultKind): Error {
  if (kind === 'THROTTLED') {
    return new ProvisionedThroughputExceededException({
      message: 'injected: throughput exceeded',
      $metadata: { httpStatusCode: 400 },
    });
  }
  const timeout = new Error('injected: socket timed out');
  timeout.name = 'TimeoutError';
  return timeout;
}

export function faultyStore(runtime: Runtime): FaultyStore {
  const connection = {
    tableName: runtime.config.tableName,
    region: runtime.config.region,
    endpoint: runtime.config.dynamoEndpoint,
    encryptionKey: runtime.config.idEncryptionKey,
  };
  const documentClient = createDocumentClient(connection);
  const attempts = new Map<string, number>();
  let plan: (FaultPlan & { injected: number }) | undefined;
  documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      attempts.set(command, (attempts.get(command) ?? 0) + 1);
      const armed =
        plan && plan.injected < plan.failures && (!plan.command || plan.command === command)
          ? plan
          : undefined;
      if (armed?.when === 'before') {
        armed.injected += 1;
        throw faultOf(armed.kind);
      }
      const result = await next(args);
      if (armed?.when === 'after') {
        armed.injected += 1;
        throw faultOf(armed.kind);
      }
      return result;
    },
    { step: 'deserialize', name: 'injectFaults' },
  );
  return {
    store: createStore(connection, documentClient),
    inject(next) {
      const armed = { ...next, injected: 0 };
      plan = armed;
      return () => armed.injected;
    },
    attempts,
    maxAttempts: async () => {
      const setting = documentClient.config.maxAttempts as number | (() => Promise<number>);
      return typeof setting === 'function' ? setting() : setting;
    },
    destroy: () => documentClient.destroy(),
  };
}
