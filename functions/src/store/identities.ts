// The account's verified identity (pk=USER#<userId> sk=IDENTITY), written once and never changed,
// and per-account daily counters (pk=USER#<userId> sk=LIMIT#<what>#<date>) that cap how often an
// account may try identity verification or add persons. A counter is one conditional update
// (ADD 1 if below the limit), alone (a failed attempt) or as an item of the state change's own
// transaction (a verification that succeeds, a person added): one write request either way.
import { $add } from 'dynamodb-toolbox/entity/actions/update/symbols';
import type { Entities } from './entities';
import { isConditionalCheckFailed, StoreConflictError } from './errors';
import { failedParts, writeTransaction } from './transactions';
import { keys } from './keys';
import type { IdentityRecord } from './records';
import { StoreRepository } from './storeRepository';
import type { AlsoWrite } from './transactions';

export interface DailyLimit {
  userId: string;
  /** What is counted: IDENTITY_ATTEMPT, PERSON_ADDED … */
  what: string;
  chinaDate: string;
  limit: number;
  /** When the counter item may go (TTL): after its day. */
  expiresAt: Date;
}

export interface IdentityRepository {
  /** One consistent GetItem. */
  get(userId: string): Promise<IdentityRecord | undefined>;
  /**
   * One transaction: the identity (only if the account has none: else StoreConflictError
   * ALREADY_EXISTS) and this attempt on the day's counter (LIMIT_REACHED when used up).
   */
  record(identity: IdentityRecord, attempt: DailyLimit): Promise<void>;
  /** One GetItem: how many times the counter has counted today (0 when absent). */
  countedToday(limit: DailyLimit): Promise<number>;
  /** One conditional update; StoreConflictError LIMIT_REACHED when the day's count is used up. */
  count(limit: DailyLimit): Promise<void>;
  /** The same counter as an item of another transaction (raises `onLimit` when used up). */
  countWrite(limit: DailyLimit, onLimit: () => Error): AlsoWrite;
}

const epochOf = (date: Date) => Math.floor(date.getTime() / 1000);

export function identityRecordOf(item: Record<string, unknown>): IdentityRecord {
  const { pk: _pk, sk: _sk, ...record } = item;
  return record as unknown as IdentityRecord;
}

export function dynamoIdentityRepository(entities: Entities): IdentityRepository {
  const identities = entities.Identity.build(StoreRepository);
  const counters = entities.Counter.build(StoreRepository);
  const counterKey = (limit: DailyLimit) => ({
    ...keys.dailyCounter(limit.userId, limit.what, limit.chinaDate),
    count: $add(1),
    expiresAtEpoch: epochOf(limit.expiresAt),
  });
  const belowLimit = (limit: DailyLimit) => ({
    condition: {
      or: [
        { attr: 'pk' as const, exists: false },
        { attr: 'count' as const, lt: limit.limit },
      ],
    },
  });

  return {
    async get(userId) {
      const { Item } = await identities.get(keys.identity(userId), { consistent: true });
      return Item ? identityRecordOf(Item) : undefined;
    },
    async record(identity, attempt) {
      const own = [
        {
          name: 'identity' as const,
          part: identities.transactPut(
            { ...keys.identity(identity.userId), ...identity },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
        {
          name: 'attempts' as const,
          part: counters.transactUpdate(counterKey(attempt), belowLimit(attempt)),
        },
      ];
      try {
        await writeTransaction(own);
      } catch (error) {
        const failed = failedParts(error, own);
        if (failed.has('identity')) throw new StoreConflictError('ALREADY_EXISTS');
        if (failed.has('attempts')) throw new StoreConflictError('LIMIT_REACHED');
        throw error;
      }
    },
    async countedToday(limit) {
      const { Item } = await counters.get(
        keys.dailyCounter(limit.userId, limit.what, limit.chinaDate),
        { consistent: true },
      );
      return Item?.count ?? 0;
    },
    async count(limit) {
      try {
        await counters.update(counterKey(limit), belowLimit(limit));
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw new StoreConflictError('LIMIT_REACHED');
        throw error;
      }
    },
    countWrite(limit, onLimit) {
      return {
        part: counters.transactUpdate(counterKey(limit), belowLimit(limit)),
        onConditionFailed: onLimit,
      };
    },
  };
}
