// One-time subscribe-message grants per account (WeChat: one message per accepted one-time
// grant). Adding is one UpdateItem (ADD); taking one is a conditional decrement, so two
// dispatchers can never spend the same grant twice and a count never goes below zero.
import { $add } from 'dynamodb-toolbox/entity/actions/update';
import type { SubscriptionGrants, SubscriptionPurpose } from '@yidi/shared';
import { isConditionalCheckFailed } from './errors';
import type { OperationsEntities } from './operationsEntities';
import { StoreRepository } from './storeRepository';
import { keys } from './keys';

export interface SubscriptionGrantRepository {
  /** Adds the given counts (one write) and returns what the account now holds. */
  add(
    userId: string,
    counts: Partial<Record<SubscriptionPurpose, number>>,
    at: string,
  ): Promise<SubscriptionGrants>;
  /** Takes one grant of the purpose; false (and nothing written) when none is left. */
  take(userId: string, purpose: SubscriptionPurpose, at: string): Promise<boolean>;
  get(userId: string): Promise<SubscriptionGrants>;
}

const grantsKey = (userId: string) => ({ pk: keys.userPartition(userId), sk: 'SUBSCRIPTIONS' });

const countsOf = (item?: Partial<Record<SubscriptionPurpose, number>>): SubscriptionGrants => ({
  review: item?.review ?? 0,
  reminder: item?.reminder ?? 0,
  status: item?.status ?? 0,
});

export function dynamoSubscriptionGrantRepository(
  entities: OperationsEntities,
): SubscriptionGrantRepository {
  const grants = entities.SubscriptionGrants.build(StoreRepository);
  return {
    async add(userId, counts, at) {
      const additions = Object.fromEntries(
        Object.entries(counts)
          .filter(([, n]) => (n ?? 0) > 0)
          .map(([purpose, n]) => [purpose, $add(n as number)]),
      );
      const { Attributes } = await grants.update(
        { ...grantsKey(userId), ...additions, updatedAt: at },
        { returnValues: 'ALL_NEW' },
      );
      return countsOf(Attributes);
    },
    async take(userId, purpose, at) {
      try {
        await grants.update(
          { ...grantsKey(userId), [purpose]: $add(-1), updatedAt: at },
          // The union of attribute names defeats the library's per-path condition typing.
          { condition: { attr: purpose, gt: 0 } as { attr: 'review'; gt: number } },
        );
        return true;
      } catch (error) {
        if (isConditionalCheckFailed(error)) return false;
        throw error;
      }
    },
    async get(userId) {
      const { Item } = await grants.get(grantsKey(userId));
      return countsOf(Item);
    },
  };
}
