// Refresh-token families (issue 11, point 6). A login starts a family; each refresh replaces the
// family's one live secret with the next one in ONE conditional UpdateItem (the old secret is
// consumed by the very write that records the new one). Only a SHA-256 of the secret is stored.
// Presenting a secret the family no longer holds means a copy is in other hands: the family is
// revoked and both holders must log in again.
import { Entity } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { isConditionalCheckFailed } from './errors';
import { StoreRepository } from './storeRepository';
import type { AppTable } from './table';
import type { AlsoWrite } from './transactions';

export interface RefreshFamilyRecord {
  familyId: string;
  userId: string;
  /** SHA-256 (base64url) of the one secret that may be exchanged next. */
  currentHash: string;
  rotatedAt: string;
  /** TTL: the family ends this long after its last use. */
  expiresAtEpoch: number;
  revokedAt?: string;
}

export type RotationOutcome = 'ROTATED' | 'STALE';

export interface RefreshTokenRepository {
  get(familyId: string): Promise<RefreshFamilyRecord | undefined>;
  /** The Put that starts a family; part of the login's own write. */
  startWrite(family: Omit<RefreshFamilyRecord, 'revokedAt'>): AlsoWrite;
  /**
   * Replaces `fromHash` by `toHash` while the family holds `fromHash`, is not revoked and has not
   * expired; STALE (nothing written) when any of these no longer holds.
   */
  rotate(input: {
    familyId: string;
    fromHash: string;
    toHash: string;
    at: string;
    nowEpoch: number;
    expiresAtEpoch: number;
  }): Promise<RotationOutcome>;
  revoke(familyId: string, at: string): Promise<void>;
}

export const refreshFamilyKey = (familyId: string) => ({
  pk: `REFRESH#${familyId}`,
  sk: 'REFRESH',
});

export function defineRefreshFamilyEntity(table: AppTable) {
  return new Entity({
    name: 'RefreshFamily',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      familyId: string(),
      userId: string(),
      currentHash: string(),
      rotatedAt: string(),
      expiresAtEpoch: number(),
      revokedAt: string().optional(),
    }),
  });
}

export function dynamoRefreshTokenRepository(
  entity: ReturnType<typeof defineRefreshFamilyEntity>,
): RefreshTokenRepository {
  const families = entity.build(StoreRepository);
  return {
    async get(familyId) {
      const { Item } = await families.get(refreshFamilyKey(familyId), { consistent: true });
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, ...family } = Item;
      return family;
    },
    startWrite(family) {
      return {
        part: families.transactPut(
          { ...refreshFamilyKey(family.familyId), ...family },
          { condition: { attr: 'pk', exists: false } },
        ),
      };
    },
    async rotate({ familyId, fromHash, toHash, at, nowEpoch, expiresAtEpoch }) {
      try {
        await families.update(
          { ...refreshFamilyKey(familyId), currentHash: toHash, rotatedAt: at, expiresAtEpoch },
          {
            condition: {
              and: [
                { attr: 'currentHash', eq: fromHash },
                { attr: 'revokedAt', exists: false },
                // TTL deletion lags by up to days: an expired family is refused here.
                { attr: 'expiresAtEpoch', gt: nowEpoch },
              ],
            },
          },
        );
        return 'ROTATED';
      } catch (error) {
        if (isConditionalCheckFailed(error)) return 'STALE';
        throw error;
      }
    },
    async revoke(familyId, at) {
      try {
        await families.update(
          { ...refreshFamilyKey(familyId), revokedAt: at },
          { condition: { attr: 'pk', exists: true } },
        );
      } catch (error) {
        // A family already gone (expired and deleted) has nothing left to revoke.
        if (!isConditionalCheckFailed(error)) throw error;
      }
    },
  };
}
