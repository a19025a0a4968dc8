import { EntityRepository } from 'dynamodb-toolbox';
import type { Entities } from './entities';
import { isConditionalCheckFailed } from './errors';
import { keys } from './keys';
import type { StoredResponse } from './records';

export type IdempotencyStart =
  | { outcome: 'STARTED' }
  | { outcome: 'REPLAY'; response: StoredResponse }
  | { outcome: 'KEY_REUSED' }
  | { outcome: 'IN_PROGRESS' };

export interface IdempotencyRepository {
  /**
   * One conditional Put claims (scope, key) for this request hash. If the key is taken: the
   * stored response (same hash, completed), KEY_REUSED (other hash) or IN_PROGRESS.
   * An IN_PROGRESS claim older than `inProgressTimeoutSeconds` may be taken over (a crashed run).
   */
  start(input: {
    scope: string;
    key: string;
    requestHash: string;
    nowEpochSeconds: number;
    inProgressTimeoutSeconds: number;
    ttlSeconds: number;
  }): Promise<IdempotencyStart>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Forget a claim whose request failed, so the client may retry with the same key. */
  release(scope: string, key: string): Promise<void>;
}

export function dynamoIdempotencyRepository(entities: Entities): IdempotencyRepository {
  const records = entities.Idempotency.build(EntityRepository);

  return {
    async start({
      scope,
      key,
      requestHash,
      nowEpochSeconds,
      inProgressTimeoutSeconds,
      ttlSeconds,
    }) {
      const itemKey = keys.idempotency(scope, key);
      try {
        await records.put(
          {
            ...itemKey,
            status: 'IN_PROGRESS',
            requestHash,
            startedAtEpoch: nowEpochSeconds,
            expiresAtEpoch: nowEpochSeconds + ttlSeconds,
          },
          {
            condition: {
              or: [
                { attr: 'pk', exists: false },
                {
                  and: [
                    { attr: 'status', eq: 'IN_PROGRESS' },
                    { attr: 'requestHash', eq: requestHash },
                    { attr: 'startedAtEpoch', lt: nowEpochSeconds - inProgressTimeoutSeconds },
                  ],
                },
              ],
            },
          },
        );
        return { outcome: 'STARTED' };
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      const { Item } = await records.get(itemKey, { consistent: true });
      if (!Item) return { outcome: 'IN_PROGRESS' };
      if (Item.requestHash !== requestHash) return { outcome: 'KEY_REUSED' };
      if (Item.status === 'COMPLETED' && Item.responseJson) {
        return { outcome: 'REPLAY', response: JSON.parse(Item.responseJson) as StoredResponse };
      }
      return { outcome: 'IN_PROGRESS' };
    },
    async complete(scope, key, response) {
      await records.update({
        ...keys.idempotency(scope, key),
        status: 'COMPLETED',
        responseJson: JSON.stringify(response),
      });
    },
    async release(scope, key) {
      await records.delete(keys.idempotency(scope, key));
    },
  };
}
