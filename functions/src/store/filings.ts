import type { ContactSealer, StoredFiling } from '../security/contactProtection';
import { execute as executeTransactWrite } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { StoreRepository } from './storeRepository';
import { agentLinkRecordOf, readWithLink } from './agentLinks';
import type { Entities } from './entities';
import { failedConditionIndexes, StoreConflictError } from './errors';
import { filingIndexKeys, holdsActiveLongTermGuard } from './filingIndexKeys';
import { personIdOfFilingId } from './ids';
import { keys } from './keys';
import type {
  ActorKind,
  AgentLinkRecord,
  FilingAudit,
  FilingEvent,
  FilingHistoryRecord,
  FilingRecord,
  FilingTimelineEntry,
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

/**
 * `next` as the store keeps it: the previous version's timeline plus one entry for this change
 * (create and update write exactly this; services use it to answer with the same history).
 * Appending to `previous.timeline` is safe under update's version condition: a stale copy of
 * `previous` (e.g. from an index) fails the condition, and one version has one timeline.
 */
export function withTimelineEntry(
  previous: FilingRecord | null,
  next: FilingRecord,
  change: FilingChange,
): FilingRecord {
  const entry: FilingTimelineEntry = {
    version: next.version,
    event: change.event,
    status: next.status,
    category: next.category,
    destination: next.destination,
    validFrom: next.validFrom,
    validUntil: next.validUntil,
    recordedAt: change.at,
    actorUserId: change.actorUserId,
    ...(change.note ? { note: change.note } : {}),
    audit: auditOf(previous, next, change),
  };
  return { ...next, timeline: [...(previous?.timeline ?? []), entry] };
}

/** The filing without its timeline: what a history item keeps as its snapshot. */
export function snapshotOf(filing: FilingRecord): FilingRecord {
  const { timeline: _timeline, ...snapshot } = filing;
  return snapshot;
}

/** A filing read by id together with the reader's link to its person (either may be absent). */
export interface FilingWithLink {
  filing?: FilingRecord;
  link?: AgentLinkRecord;
}

export interface FilingRepository {
  /**
   * One transaction: the filing (version must be 1; stored with its first timeline entry,
   * withTimelineEntry), its history item for version 1 and, for a
   * long-term filing that holds it, the person's ACTIVE_LONG_TERM guard — each only if absent.
   * Throws StoreConflictError ACTIVE_FILING_EXISTS (detail.existingId = the holder's id).
   * `also`: the service's own writes for the same transaction (see transactions.ts).
   */
  create(filing: FilingRecord, change: FilingChange, also?: readonly AlsoWrite[]): Promise<void>;
  /**
   * One transaction: `next` replaces `previous` only if the stored version is still
   * `previous.version` (next.version must be previous.version + 1; stored with previous's
   * timeline and one more entry, withTimelineEntry — next.timeline is ignored), a history item for
   * `next.version` is added, and the ACTIVE_LONG_TERM guard is taken or released as the status
   * requires. Throws StoreConflictError VERSION_CONFLICT or ACTIVE_FILING_EXISTS.
   */
  update(
    previous: FilingRecord,
    next: FilingRecord,
    change: FilingChange,
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /**
   * One Query: the filing and its immutable history items (snapshots + audit), oldest version
   * first. For checks and tests; the API reads the filing's timeline (getForReader).
   */
  get(
    filingId: string,
  ): Promise<{ filing: FilingRecord; history: FilingHistoryRecord[] } | undefined>;
  /** One strongly consistent GetItem: the filing item alone (with its timeline). */
  head(filingId: string): Promise<FilingRecord | undefined>;
  /**
   * One strongly consistent BatchGetItem: the filing item and `userId`'s link to the person the
   * id names (USER#<userId> LINK#<personId>). A malformed id reads nothing and finds nothing.
   */
  getForReader(filingId: string, userId: string): Promise<FilingWithLink>;
  /** One Query on GSI1: a person's filings, oldest first. */
  listForPerson(personId: string): Promise<FilingRecord[]>;
  /**
   * One Query on GSI1 (eventually consistent) over `FILING#` … `LINK#`: a person's filings,
   * oldest first, and every account's link to the person (nothing else sorts in between).
   */
  listWithLinks(personId: string): Promise<{ filings: FilingRecord[]; links: AgentLinkRecord[] }>;
  /**
   * One Query page on GSI2: up to `limit` PENDING_REVIEW filings of a pooling region, earliest
   * review.dueBy first, from `cursor` (a previous page's `nextCursor`, which is absent on the last
   * page). The cursor is the store's own position: callers pass it back, never build one.
   */
  reviewQueue(
    insuredRegion: string,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<{ items: FilingRecord[]; nextCursor?: Record<string, unknown> }>;
}

export function dynamoFilingRepository(
  entities: Entities,
  sealer: ContactSealer,
): FilingRepository {
  const open = (stored: unknown) => sealer.open(stored as StoredFiling);
  const filings = entities.Filing.build(StoreRepository);
  const history = entities.FilingHistory.build(StoreRepository);
  const guards = entities.Guard.build(StoreRepository);

  const filingItem = (filing: FilingRecord) => ({
    ...keys.filing(filing.id),
    ...filingIndexKeys(filing),
    filingId: filing.id,
    personId: filing.personId,
    status: filing.status,
    version: filing.version,
    // Phone and address sealed (issue 11, point 7); opened again by every read below.
    record: sealer.seal(filing) as unknown as FilingRecord,
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
        snapshot: sealer.seal(snapshotOf(filing)) as unknown as FilingRecord,
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

  return {
    async create(filing, change, also = []) {
      if (filing.version !== 1) throw new RangeError('A new filing starts at version 1');
      const takesGuard = holdsActiveLongTermGuard(filing);
      const own = [
        filings.transactPut(filingItem(withTimelineEntry(null, filing, change)), {
          condition: { attr: 'pk', exists: false },
        }),
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
        filings.transactPut(filingItem(withTimelineEntry(previous, next, change)), {
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
        .build(QueryCommand)
        .entities(entities.Filing, entities.FilingHistory)
        .query({ partition: keys.filingPartition(filingId) })
        .options({ maxPages: Infinity })
        .send();
      let filing: FilingRecord | undefined;
      const versions: FilingHistoryRecord[] = [];
      for (const item of Items) {
        if ('record' in item) filing = open(item.record);
        else {
          versions.push({
            filingId: item.filingId,
            version: item.version,
            event: item.event as FilingEvent,
            actorUserId: item.actorUserId,
            recordedAt: item.recordedAt,
            snapshot: open(item.snapshot),
            ...(item.note ? { note: item.note } : {}),
            ...(item.audit ? { audit: item.audit } : {}),
          });
        }
      }
      return filing ? { filing, history: versions } : undefined;
    },

    async head(filingId) {
      const { Item } = await filings.get(keys.filing(filingId), { consistent: true });
      return Item ? open(Item.record) : undefined;
    },

    async getForReader(filingId, userId) {
      const personId = personIdOfFilingId(filingId);
      if (personId === undefined) return {};
      const { record: filing, link } = await readWithLink(
        entities,
        filings.batchGet(keys.filing(filingId)),
        (item) => open(item.record),
        { userId, personId },
      );
      return { ...(filing ? { filing } : {}), ...(link ? { link } : {}) };
    },

    async listWithLinks(personId) {
      const { Items = [] } = await entities.Filing.table
        .build(QueryCommand)
        .entities(entities.Filing, entities.AgentLink)
        .query({
          index: INDEX.byOwner,
          partition: keys.ownerPartition(personId),
          range: { between: ['FILING#', 'LINK#\uffff'] },
        })
        .options({ maxPages: Infinity })
        .send();
      const found: { filings: FilingRecord[]; links: AgentLinkRecord[] } = {
        filings: [],
        links: [],
      };
      for (const item of Items) {
        if ('record' in item) found.filings.push(open(item.record));
        else found.links.push(agentLinkRecordOf(item));
      }
      return found;
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
      return Items.map((item) => open(item.record));
    },

    async reviewQueue(insuredRegion, { limit, cursor }) {
      const { Items = [], LastEvaluatedKey } = await filings.query(
        { index: INDEX.reviewQueue, partition: `REVIEW#${insuredRegion}` },
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        items: Items.map((item) => open(item.record)),
        ...(LastEvaluatedKey ? { nextCursor: LastEvaluatedKey } : {}),
      };
    },
  };
}
