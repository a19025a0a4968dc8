import { EntityRepository, executeTransactWrite, TableRepository } from 'dynamodb-toolbox';
import type { Entities } from './entities';
import { failedConditionIndexes, StoreConflictError } from './errors';
import { filingIndexKeys, holdsActiveLongTermGuard } from './filingIndexKeys';
import { keys } from './keys';
import type {
  ActorKind,
  FilingAudit,
  FilingEvent,
  FilingHistoryRecord,
  FilingRecord,
} from './records';
import { INDEX } from './table';
import { alsoWriteError, partsOf, type AlsoWrite } from './transactions';

export interface FilingChange {
  event: FilingEvent;
  actorUserId: string;
  /** Instant of the change (the request's clock). */
  at: string;
  note?: string;
  /** Audit: self, agent, reviewer or system; the rule that decided; details worth keeping. */
  actorKind?: ActorKind;
  rule?: string;
  detail?: Record<string, unknown>;
}

/** The audit of a change, from the versions themselves and what the caller says of it. */
export function auditOf(
  previous: FilingRecord | null,
  next: FilingRecord,
  change: FilingChange,
): FilingAudit {
  return {
    ...(change.actorKind ? { actorKind: change.actorKind } : {}),
    actingForPersonId: next.personId,
    fromVersion: previous?.version ?? 0,
    fromStatus: previous?.status ?? null,
    toStatus: next.status,
    ...(change.rule ? { rule: change.rule } : {}),
    ...(change.detail ? { detail: change.detail } : {}),
  };
}

export interface FilingRepository {
  /**
   * One transaction: the filing (version must be 1), its history item for version 1 and, for a
   * long-term filing that holds it, the person's ACTIVE_LONG_TERM guard — each only if absent.
   * Throws StoreConflictError ACTIVE_FILING_EXISTS (detail.existingId = the holder's id).
   * `also`: the service's own writes for the same transaction (see transactions.ts).
   */
  create(filing: FilingRecord, change: FilingChange, also?: readonly AlsoWrite[]): Promise<void>;
  /**
   * One transaction: `next` replaces `previous` only if the stored version is still
   * `previous.version` (next.version must be previous.version + 1), a history item for
   * `next.version` is added, and the ACTIVE_LONG_TERM guard is taken or released as the status
   * requires. Throws StoreConflictError VERSION_CONFLICT or ACTIVE_FILING_EXISTS.
   */
  update(
    previous: FilingRecord,
    next: FilingRecord,
    change: FilingChange,
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /** One Query: the filing and its history, oldest version first. */
  get(
    filingId: string,
  ): Promise<{ filing: FilingRecord; history: FilingHistoryRecord[] } | undefined>;
  /** One Query on GSI1: a person's filings, oldest first. */
  listForPerson(personId: string): Promise<FilingRecord[]>;
  /** One Query on GSI2: PENDING_REVIEW filings of a pooling region, earliest review.dueBy first. */
  reviewQueue(insuredRegion: string, options?: { limit?: number }): Promise<FilingRecord[]>;
  /** One Query on GSI3: filings with an OPEN commitment due on or before `date`. */
  commitmentsDueBy(date: string): Promise<FilingRecord[]>;
  /** One Query on GSI4: ACTIVE filings whose validity ends on or before `date`. */
  validityEndingBy(date: string): Promise<FilingRecord[]>;
}

export function dynamoFilingRepository(entities: Entities): FilingRepository {
  const filings = entities.Filing.build(EntityRepository);
  const history = entities.FilingHistory.build(EntityRepository);
  const guards = entities.Guard.build(EntityRepository);

  const filingItem = (filing: FilingRecord) => ({
    ...keys.filing(filing.id),
    ...filingIndexKeys(filing),
    filingId: filing.id,
    personId: filing.personId,
    status: filing.status,
    version: filing.version,
    record: filing,
  });
  const historyPut = (previous: FilingRecord | null, filing: FilingRecord, change: FilingChange) =>
    history.transactPut(
      {
        ...keys.filingHistory(filing.id, filing.version),
        filingId: filing.id,
        version: filing.version,
        event: change.event,
        actorUserId: change.actorUserId,
        recordedAt: change.at,
        ...(change.note ? { note: change.note } : {}),
        snapshot: filing,
        audit: auditOf(previous, filing, change),
      },
      { condition: { attr: 'pk', exists: false } },
    );
  const guardPut = (filing: FilingRecord, at: string) =>
    guards.transactPut(
      { ...keys.activeLongTermGuard(filing.personId), ownerId: filing.id, createdAt: at },
      { condition: { attr: 'pk', exists: false } },
    );
  const holderOf = async (personId: string) =>
    (await guards.get(keys.activeLongTermGuard(personId))).Item?.ownerId;
  const queryIndex = async (
    index: (typeof INDEX)[keyof typeof INDEX],
    partition: string,
    range: { lte: string } | undefined,
    limit?: number,
  ) => {
    const { Items = [] } = await filings.query(
      { index, partition, ...(range ? { range } : {}) },
      limit ? { limit } : { maxPages: Infinity },
    );
    return Items.map((item) => item.record);
  };

  return {
    async create(filing, change, also = []) {
      if (filing.version !== 1) throw new RangeError('A new filing starts at version 1');
      const takesGuard = holdsActiveLongTermGuard(filing);
      const own = [
        filings.transactPut(filingItem(filing), { condition: { attr: 'pk', exists: false } }),
        historyPut(null, filing, change),
        ...(takesGuard ? [guardPut(filing, change.at)] : []),
      ];
      try {
        await executeTransactWrite(...own, ...partsOf(also));
      } catch (error) {
        const raised = alsoWriteError(error, own.length, also);
        if (raised) throw raised;
        const failed = failedConditionIndexes(error);
        if (takesGuard && failed?.includes(2)) {
          throw new StoreConflictError('ACTIVE_FILING_EXISTS', {
            existingId: await holderOf(filing.personId),
          });
        }
        throw error;
      }
    },

    async update(previous, next, change, also = []) {
      if (next.id !== previous.id || next.version !== previous.version + 1) {
        throw new RangeError('next must be the same filing at previous.version + 1');
      }
      const heldBefore = holdsActiveLongTermGuard(previous);
      const holdsAfter = holdsActiveLongTermGuard(next);
      const guardWrites =
        heldBefore && !holdsAfter
          ? [
              guards.transactDelete(keys.activeLongTermGuard(previous.personId), {
                condition: { attr: 'ownerId', eq: previous.id },
              }),
            ]
          : !heldBefore && holdsAfter
            ? [guardPut(next, change.at)]
            : [];
      const own = [
        filings.transactPut(filingItem(next), {
          condition: { attr: 'version', eq: previous.version },
        }),
        historyPut(previous, next, change),
        ...guardWrites,
      ];
      try {
        await executeTransactWrite(...own, ...partsOf(also));
      } catch (error) {
        const raised = alsoWriteError(error, own.length, also);
        if (raised) throw raised;
        const failed = failedConditionIndexes(error);
        if (failed?.includes(0) || failed?.includes(1)) {
          throw new StoreConflictError('VERSION_CONFLICT');
        }
        if (failed?.includes(2) && holdsAfter) {
          throw new StoreConflictError('ACTIVE_FILING_EXISTS', {
            existingId: await holderOf(next.personId),
          });
        }
        throw error;
      }
    },

    async get(filingId) {
      const { Items = [] } = await entities.Filing.table
        .build(TableRepository)
        .entities(entities.Filing, entities.FilingHistory)
        .query({ partition: keys.filingPartition(filingId) }, { maxPages: Infinity });
      let filing: FilingRecord | undefined;
      const versions: FilingHistoryRecord[] = [];
      for (const item of Items) {
        if ('record' in item) filing = item.record;
        else {
          versions.push({
            filingId: item.filingId,
            version: item.version,
            event: item.event as FilingEvent,
            actorUserId: item.actorUserId,
            recordedAt: item.recordedAt,
            snapshot: item.snapshot,
            ...(item.note ? { note: item.note } : {}),
            ...(item.audit ? { audit: item.audit } : {}),
          });
        }
      }
      return filing ? { filing, history: versions } : undefined;
    },

    async listForPerson(personId) {
      const { Items = [] } = await filings.query(
        {
          index: INDEX.byOwner,
          partition: keys.ownerPartition(personId),
          range: { beginsWith: 'FILING#' },
        },
        { maxPages: Infinity },
      );
      return Items.map((item) => item.record);
    },

    reviewQueue: (insuredRegion, options = {}) =>
      queryIndex(INDEX.reviewQueue, `REVIEW#${insuredRegion}`, undefined, options.limit),
    // '\uffff' sorts after '#<id>', so every filing due on `date` itself is included.
    commitmentsDueBy: (date) =>
      queryIndex(INDEX.commitmentDue, 'COMMITMENT_DUE', { lte: `${date}#\uffff` }),
    validityEndingBy: (date) =>
      queryIndex(INDEX.validityEnd, 'VALIDITY_END', { lte: `${date}#\uffff` }),
  };
}
