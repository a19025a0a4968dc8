// The idempotency record of a submission is written by the submission's own transaction (see
// transactions.ts), never on its own: one state change stays one write request, and a record
// exists exactly when the change happened.
//
// The record keeps a reference to what the change produced (status code, resource kind, id and
// version), never the response: a response may carry a person's name, ID number, phone or
// address, and a replay re-reads the resource for its caller anyway (middleware/idempotency).
//
// A change to an existing filing keeps its record on the history item of the version it writes
// (`request`: the hashed key, the request's hash, the status code), not as an item of its own:
// that item is written anyway, so the record costs no write unit; it is found by reading the
// filing's versions (the route names the filing). A twin that lost the race failed on the same
// version, and then finds the winner's record there.
import { createHash } from 'node:crypto';
import { StoreRepository } from './storeRepository';
import type { Entities } from './entities';
import { keys } from './keys';
import type { RecordedRequest } from './records';
import type { AlsoWrite } from './transactions';

/** The resource a state change produced or changed, as its record names it. */
export interface ResultReference {
  /** Which reader re-reads it (http/replays.ts): 'filing', 'material', 'person' … */
  kind: string;
  id: string;
  /** The version the change wrote, for resources that have versions (filings). */
  version?: number;
}

/** What a keyed request's record says: which request, and what it produced. */
export interface RecordedOutcome {
  statusCode: number;
  resource: ResultReference;
}

export interface IdempotencyRecord {
  requestHash: string;
  /** Absent on records written before references (their TTL ends them within a day). */
  outcome?: RecordedOutcome;
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

/** The key as a version keeps it: hashed with its scope (no user id or raw key on the item). */
export function requestKeyOf(claim: Pick<IdempotencyClaim, 'scope' | 'key'>): string {
  return createHash('sha256')
    .update(claim.scope)
    .update('\n')
    .update(claim.key)
    .digest('base64url');
}

/** The history item's part of a keyed change to a filing (FilingChange.request). */
export function recordedRequestOf(claim: IdempotencyClaim, statusCode: number): RecordedRequest {
  return { key: requestKeyOf(claim), hash: claim.requestHash, statusCode };
}

export interface IdempotencyRepository {
  /** One consistent GetItem: the recorded outcome of (scope, key), if any. */
  find(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * One consistent Query of the filing's versions: the outcome of (scope, key) if one of them was
   * written by it (a keyed change to an existing filing records itself there).
   */
  findOnFiling(
    scope: string,
    key: string,
    filingId: string,
  ): Promise<IdempotencyRecord | undefined>;
  /**
   * The record as an item of the state change's transaction, only if absent: when a twin
   * request committed first, the transaction fails with IdempotencyKeyTakenError.
   */
  recordWrite(
    claim: IdempotencyClaim,
    outcome: RecordedOutcome,
    timing: { nowEpochSeconds: number; ttlSeconds: number },
  ): AlsoWrite;
}

export function dynamoIdempotencyRepository(entities: Entities): IdempotencyRepository {
  const records = entities.Idempotency.build(StoreRepository);
  const versions = entities.FilingHistory.build(StoreRepository);

  return {
    async find(scope, key) {
      const { Item } = await records.get(keys.idempotency(scope, key), { consistent: true });
      if (!Item) return undefined;
      const { requestHash, statusCode, resourceKind, resourceId, resourceVersion } = Item;
      if (statusCode === undefined || resourceKind === undefined || resourceId === undefined) {
        return { requestHash };
      }
      const resource: ResultReference = {
        kind: resourceKind,
        id: resourceId,
        ...(resourceVersion !== undefined ? { version: resourceVersion } : {}),
      };
      return { requestHash, outcome: { statusCode, resource } };
    },
    async findOnFiling(scope, key, filingId) {
      const { Items = [] } = await versions.query(
        { partition: keys.filingPartition(filingId), range: { beginsWith: 'VERSION#' } },
        { consistent: true, maxPages: Infinity },
      );
      const wanted = requestKeyOf({ scope, key });
      const written = Items.find((item) => item.request?.key === wanted);
      if (!written?.request) return undefined;
      return {
        requestHash: written.request.hash,
        outcome: {
          statusCode: written.request.statusCode,
          resource: { kind: 'filing', id: filingId, version: written.version },
        },
      };
    },
    recordWrite({ scope, key, requestHash }, { statusCode, resource }, timing) {
      return {
        part: records.transactPut(
          {
            ...keys.idempotency(scope, key),
            requestHash,
            recordedAtEpoch: timing.nowEpochSeconds,
            expiresAtEpoch: timing.nowEpochSeconds + timing.ttlSeconds,
            statusCode,
            resourceKind: resource.kind,
            resourceId: resource.id,
            ...(resource.version !== undefined ? { resourceVersion: resource.version } : {}),
          },
          { condition: { attr: 'pk', exists: false } },
        ),
        onConditionFailed: () => new IdempotencyKeyTakenError(),
      };
    },
  };
}
