// The idempotency record of a submission is written by the submission's own transaction (see
// transactions.ts), never on its own: one state change stays one write request, and a record
// exists exactly when the change happened.
import type { ContactSealer } from '../security/contactProtection';
import { StoreRepository } from './storeRepository';
import type { Entities } from './entities';
import { keys } from './keys';
import type { StoredResponse } from './records';
import type { AlsoWrite } from './transactions';

export interface IdempotencyRecord {
  requestHash: string;
  response: StoredResponse;
}

export interface IdempotencyClaim {
  /** Whose key it is (the caller's user id): keys of different users never collide. */
  scope: string;
  key: string;
  requestHash: string;
}

/** Another request with the same key committed first (a concurrent duplicate). */
export class IdempotencyKeyTakenError extends Error {
  override name = 'IdempotencyKeyTakenError';
}

export interface IdempotencyRepository {
  /** One consistent GetItem: the recorded outcome of (scope, key), if any. */
  find(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * The record as an item of the state change's transaction, only if absent: when a twin
   * request committed first, the transaction fails with IdempotencyKeyTakenError.
   */
  recordWrite(
    claim: IdempotencyClaim,
    response: StoredResponse,
    timing: { nowEpochSeconds: number; ttlSeconds: number },
  ): AlsoWrite;
}

// The recorded response is sealed (AES-256-GCM, the stage's key): a replayed filing carries the
// contact phone and address, which must not sit in the table in clear (issue 11, point 7).
const SEALED = /^v1\./;

export function dynamoIdempotencyRepository(
  entities: Entities,
  sealer: ContactSealer,
): IdempotencyRepository {
  const records = entities.Idempotency.build(StoreRepository);

  return {
    async find(scope, key) {
      const { Item } = await records.get(keys.idempotency(scope, key), { consistent: true });
      return Item
        ? {
            requestHash: Item.requestHash,
            response: JSON.parse(
              SEALED.test(Item.responseJson)
                ? sealer.openText(Item.responseJson)
                : Item.responseJson,
            ) as StoredResponse,
          }
        : undefined;
    },
    recordWrite({ scope, key, requestHash }, response, { nowEpochSeconds, ttlSeconds }) {
      return {
        part: records.transactPut(
          {
            ...keys.idempotency(scope, key),
            requestHash,
            recordedAtEpoch: nowEpochSeconds,
            expiresAtEpoch: nowEpochSeconds + ttlSeconds,
            responseJson: sealer.sealText(JSON.stringify(response)),
          },
          { condition: { attr: 'pk', exists: false } },
        ),
        onConditionFailed: () => new IdempotencyKeyTakenError(),
      };
    },
  };
}
