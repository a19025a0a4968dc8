// The claim store (零星报销). Key design (rows in the table.ts table):
//
// Claim by id (current state, itemVersion)  | GetItem (cons.)  | pk=PERSON#<personId>  sk=CLAIM#<unique>
// Claims of a person (GET /claims?personId=)| Query (cons.)    | pk=PERSON#<personId>  sk begins_with CLAIM#
// Versions of a claim (history + audit)     | Query (cons.)    | pk=CLAIMLOG#<claimId> sk=VERSION#<000001>
// Reviewer queue of a region by due date    | Query GSI2       | gsi2pk=CLAIMQ#<region> gsi2sk=<dueBy>#<claimId>
//   (sparse: only while the office must act — SUBMITTED, EXTENSION_REQUESTED, APPROVED)
// Claims of a region by status (export)     | Query GSI5       | gsi5pk=CLAIMS#<region> gsi5sk=<status>#<createdAt>#<claimId>
// Sweep: claims due on a day in a region    | Query            | pk=CLAIMDUE#<date>#<region> sk=<claimId> (keys only)
//
// The claim id is `<personId>_<unique>`, so the read by id knows the person's partition and the
// caller's link is read alongside (one round trip). Every state change is one TransactWriteItems:
// the claim (conditional on its version), the version item, the due row moved, and what the
// service adds (idempotency record, outbox message).
import { Entity } from 'dynamodb-toolbox/entity';
import { any } from 'dynamodb-toolbox/schema/any';
import { boolean } from 'dynamodb-toolbox/schema/boolean';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import type { ClaimStatus, ReviewNotice } from '@yidi/shared';
import type { ClaimRecord, ClaimVersionRecord } from './claimRecords';
import { StoreConflictError } from './errors';
import { StoreRepository } from './storeRepository';
import type { AppTable } from './table';
import { INDEX } from './table';
import { failedParts, writeTransaction, type AlsoWrite, type NamedPart } from './transactions';
import { uniquePartOf } from './ids';

const key = () => string().key();
const optional = () => string().optional();

/** The statuses in which the office must act: the claim is in the region's queue. */
export const QUEUED_CLAIM_STATUSES: readonly ClaimStatus[] = [
  'SUBMITTED',
  'EXTENSION_REQUESTED',
  'APPROVED',
];

export const claimKeys = {
  claim: (personId: string, claimId: string) => ({
    pk: `PERSON#${personId}`,
    sk: `CLAIM#${uniquePartOf(claimId) ?? claimId}`,
  }),
  version: (claimId: string, version: number) => ({
    pk: `CLAIMLOG#${claimId}`,
    sk: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  due: (date: string, region: string, claimId: string) => ({
    pk: `CLAIMDUE#${date}#${region}`,
    sk: claimId,
  }),
  queuePartition: (region: string) => `CLAIMQ#${region}`,
  regionPartition: (region: string) => `CLAIMS#${region}`,
};

export function defineClaimEntities(table: AppTable) {
  const Claim = new Entity({
    name: 'Claim',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      gsi2pk: optional(),
      gsi2sk: optional(),
      gsi5pk: optional(),
      gsi5sk: optional(),
      claimId: string(),
      number: string(),
      personId: string(),
      filingId: optional(),
      insuredRegion: string(),
      kind: string(),
      claimCase: string(),
      hospitalName: string(),
      amountFen: number(),
      status: string(),
      paidOn: string(),
      deadline: optional(),
      deadlineProvisional: boolean().optional(),
      extendedDeadline: optional(),
      extendedDeadlineProvisional: boolean().optional(),
      extensionRequest: any().castAs<{ reason: string; requestedOn: string }>().optional(),
      extensionsUsed: number(),
      materialIds: list(string()),
      docTypes: list(string()),
      missing: list(string()),
      notices: any().castAs<ReviewNotice[]>(),
      completeOn: optional(),
      reviewDueBy: optional(),
      paymentDueBy: optional(),
      paymentDueByProvisional: boolean().optional(),
      special: boolean().optional(),
      paidAt: optional(),
      person: any().castAs<{ name: string; idNumberMasked: string }>(),
      sweepDay: optional(),
      itemVersion: number(),
      createdBy: string(),
      createdAt: string(),
      updatedAt: string(),
    }),
  });

  const ClaimVersion = new Entity({
    name: 'ClaimVersion',
    table,
    timestamps: false,
    schema: item({
      pk: key(),
      sk: key(),
      claimId: string(),
      version: number(),
      event: string(),
      status: string(),
      recordedAt: string(),
      recordedBy: string(),
      actorRole: string(),
      rule: optional(),
      delta: any().castAs<Record<string, unknown>>(),
    }),
  });

  const ClaimDue = new Entity({
    name: 'ClaimDue',
    table,
    timestamps: false,
    schema: item({ pk: key(), sk: key(), claimId: string(), personId: string() }),
  });

  return { Claim, ClaimVersion, ClaimDue };
}
export type ClaimEntities = ReturnType<typeof defineClaimEntities>;

export interface ClaimPage {
  items: ClaimRecord[];
  /** The index position to continue from, absent on the last page. */
  next?: Record<string, unknown>;
}

export interface ClaimChange {
  /** The claim before (absent when created). */
  previous?: ClaimRecord;
  next: ClaimRecord;
  version: ClaimVersionRecord;
}

export interface ClaimRepository {
  /** One consistent GetItem. */
  get(claimId: string): Promise<ClaimRecord | undefined>;
  /** One consistent Query of the claim's versions, oldest first. */
  history(claimId: string): Promise<ClaimVersionRecord[]>;
  /** One consistent Query of the person's partition. */
  listForPerson(personId: string): Promise<ClaimRecord[]>;
  /** One Query on the region's queue (GSI2, sparse), earliest due date first. */
  queue(region: string, limit: number, from?: Record<string, unknown>): Promise<ClaimPage>;
  /** One Query on the region's claims (GSI5), narrowed by status. */
  byRegion(
    region: string,
    status: ClaimStatus | undefined,
    limit: number,
    from?: Record<string, unknown>,
  ): Promise<ClaimPage>;
  /** One Query of the day's due rows of a region (keys only). */
  dueOn(date: string, region: string): Promise<{ claimId: string; personId: string }[]>;
  /**
   * The sweep's bookkeeping: the due row moved to `day` (or dropped), the claim's sweepDay with
   * it — same version (no state change), conditional on it. One TransactWriteItems.
   */
  moveDue(claim: ClaimRecord, day: string | undefined): Promise<void>;
  /** One TransactWriteItems; VERSION_CONFLICT when the claim moved meanwhile. */
  write(change: ClaimChange, also?: readonly AlsoWrite[]): Promise<void>;
}

const FIELDS_FROM_ITEM = (
  item: Record<string, unknown> & { claimId: string; claimCase: string; itemVersion: number },
): ClaimRecord => {
  const {
    pk: _pk,
    sk: _sk,
    gsi2pk: _g2p,
    gsi2sk: _g2s,
    gsi5pk: _g5p,
    gsi5sk: _g5s,
    entity: _entity,
    claimId,
    claimCase,
    itemVersion,
    ...rest
  } = item;
  return {
    ...(rest as unknown as ClaimRecord),
    id: claimId,
    case: claimCase as ClaimRecord['case'],
    version: itemVersion,
  };
};

/** Where the queue puts a claim (the office's next due date), or undefined when not queued. */
export function queueDateOf(claim: ClaimRecord): string | undefined {
  if (!QUEUED_CLAIM_STATUSES.includes(claim.status)) return undefined;
  return claim.status === 'APPROVED'
    ? (claim.paymentDueBy ?? claim.reviewDueBy ?? claim.createdAt.slice(0, 10))
    : (claim.reviewDueBy ?? claim.createdAt.slice(0, 10));
}

export function dynamoClaimRepository(entities: ClaimEntities): ClaimRepository {
  const claims = entities.Claim.build(StoreRepository);
  const versions = entities.ClaimVersion.build(StoreRepository);
  const dues = entities.ClaimDue.build(StoreRepository);

  const itemOf = (claim: ClaimRecord) => {
    const { id, case: claimCase, version, ...rest } = claim;
    const queued = queueDateOf(claim);
    return {
      ...rest,
      ...claimKeys.claim(claim.personId, id),
      claimId: id,
      claimCase,
      itemVersion: version,
      ...(queued
        ? { gsi2pk: claimKeys.queuePartition(claim.insuredRegion), gsi2sk: `${queued}#${id}` }
        : {}),
      gsi5pk: claimKeys.regionPartition(claim.insuredRegion),
      gsi5sk: `${claim.status}#${claim.createdAt}#${id}`,
    };
  };
  const recordOf = (item: unknown) =>
    FIELDS_FROM_ITEM(item as Parameters<typeof FIELDS_FROM_ITEM>[0]);

  return {
    async get(claimId) {
      const personId = claimId.slice(0, claimId.lastIndexOf('_'));
      const { Item } = await claims.get(claimKeys.claim(personId, claimId), { consistent: true });
      return Item ? recordOf(Item) : undefined;
    },

    async history(claimId) {
      const { Items = [] } = await versions.query(
        { partition: `CLAIMLOG#${claimId}`, range: { beginsWith: 'VERSION#' } },
        { consistent: true },
      );
      return Items.map(({ pk: _pk, sk: _sk, ...rest }) => rest as unknown as ClaimVersionRecord);
    },

    async listForPerson(personId) {
      const { Items = [] } = await claims.query(
        { partition: `PERSON#${personId}`, range: { beginsWith: 'CLAIM#' } },
        { consistent: true },
      );
      return Items.map(recordOf).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async queue(region, limit, from) {
      const { Items = [], LastEvaluatedKey } = await claims.query(
        { index: INDEX.claimQueue, partition: claimKeys.queuePartition(region) },
        { limit, ...(from ? { exclusiveStartKey: from } : {}) },
      );
      return {
        items: Items.map(recordOf),
        ...(LastEvaluatedKey ? { next: LastEvaluatedKey } : {}),
      };
    },

    async byRegion(region, status, limit, from) {
      const { Items = [], LastEvaluatedKey } = await claims.query(
        {
          index: INDEX.byRegion,
          partition: claimKeys.regionPartition(region),
          ...(status ? { range: { beginsWith: `${status}#` } } : {}),
        },
        { limit, ...(from ? { exclusiveStartKey: from } : {}) },
      );
      return {
        items: Items.map(recordOf),
        ...(LastEvaluatedKey ? { next: LastEvaluatedKey } : {}),
      };
    },

    async dueOn(date, region) {
      const { Items = [] } = await dues.query({ partition: `CLAIMDUE#${date}#${region}` });
      return Items.map(({ claimId, personId }) => ({ claimId, personId }));
    },

    async moveDue(claim, day) {
      const { sweepDay: _old, ...rest } = claim;
      const next: ClaimRecord = day ? { ...rest, sweepDay: day } : rest;
      const own: NamedPart<'claim' | 'due'>[] = [
        {
          name: 'claim',
          part: claims.transactPut(itemOf(next), {
            condition: { attr: 'itemVersion', eq: claim.version },
          }),
        },
        ...(claim.sweepDay
          ? [
              {
                name: 'due' as const,
                part: dues.transactDelete(
                  claimKeys.due(claim.sweepDay, claim.insuredRegion, claim.id),
                ),
              },
            ]
          : []),
        ...(day
          ? [
              {
                name: 'due' as const,
                part: dues.transactPut({
                  ...claimKeys.due(day, claim.insuredRegion, claim.id),
                  claimId: claim.id,
                  personId: claim.personId,
                }),
              },
            ]
          : []),
      ];
      try {
        await writeTransaction(own);
      } catch (error) {
        if (failedParts(error, own).has('claim')) throw new StoreConflictError('VERSION_CONFLICT');
        throw error;
      }
    },

    async write({ previous, next, version }, also = []) {
      if (
        next.version !== (previous ? previous.version + 1 : 1) ||
        version.version !== next.version
      ) {
        throw new RangeError('A claim change writes version previous + 1');
      }
      const region = next.insuredRegion;
      const dueMoves: NamedPart<'due'>[] = [
        ...(previous?.sweepDay && previous.sweepDay !== next.sweepDay
          ? [
              {
                name: 'due' as const,
                part: dues.transactDelete(claimKeys.due(previous.sweepDay, region, next.id)),
              },
            ]
          : []),
        ...(next.sweepDay && next.sweepDay !== previous?.sweepDay
          ? [
              {
                name: 'due' as const,
                part: dues.transactPut({
                  ...claimKeys.due(next.sweepDay, region, next.id),
                  claimId: next.id,
                  personId: next.personId,
                }),
              },
            ]
          : []),
      ];
      const own: NamedPart<'claim' | 'version' | 'due'>[] = [
        {
          name: 'claim',
          part: claims.transactPut(
            itemOf(next),
            previous
              ? { condition: { attr: 'itemVersion', eq: previous.version } }
              : { condition: { attr: 'pk', exists: false } },
          ),
        },
        {
          name: 'version',
          part: versions.transactPut(
            { ...claimKeys.version(next.id, version.version), ...version },
            { condition: { attr: 'pk', exists: false } },
          ),
        },
        ...dueMoves,
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        const failed = failedParts(error, own);
        if (failed.has('claim') || failed.has('version')) {
          throw new StoreConflictError(previous ? 'VERSION_CONFLICT' : 'ALREADY_EXISTS');
        }
        throw error;
      }
    },
  };
}

export type { ClaimRecord, ClaimVersionRecord };
