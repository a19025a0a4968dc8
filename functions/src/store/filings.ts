import type { ContactSealer } from '../security/contactProtection';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { StoreRepository } from './storeRepository';
import { agentLinkRecordOf } from './agentLinks';
import { batchGetPlain } from './batchGet';
import type { Entities } from './entities';
import { StoreConflictError } from './errors';
import {
  filingItemOf,
  filingOf,
  historyItemOf,
  timelineEntryFrom,
  timelineEntryOf,
  type FilingChange,
} from './filingItems';
import { holdsActiveLongTermGuard } from './filingIndexKeys';
import { filingSummaryOfEntry, type FilingSummary } from './filingSummaries';
import { personIdOfFilingId } from './ids';
import { keys } from './keys';
import type {
  AgentLinkRecord,
  FilingRecord,
  FilingTimelineEntry,
  FilingWithHistory,
} from './records';
import { INDEX } from './table';
import { failedParts, writeTransaction, type AlsoWrite, type NamedPart } from './transactions';

export type { FilingChange } from './filingItems';
export { auditOf, timelineEntryOf } from './filingItems';

/** A filing read by id together with the reader's link to its person (either may be absent). */
export interface FilingWithLink {
  filing?: FilingRecord;
  link?: AgentLinkRecord;
}

export interface FilingRepository {
  /**
   * One transaction: the filing (version must be 1), its history item for version 1
   * (timelineEntryOf) and, for a long-term filing that holds it, the person's ACTIVE_LONG_TERM
   * guard — each only if absent. Throws StoreConflictError ACTIVE_FILING_EXISTS
   * (detail.existingId = the holder's id). `also`: the service's own writes for the same
   * transaction (see transactions.ts).
   */
  create(filing: FilingRecord, change: FilingChange, also?: readonly AlsoWrite[]): Promise<void>;
  /**
   * One transaction: `next` replaces `previous` only if the stored version is still
   * `previous.version` (next.version must be previous.version + 1), a history item for
   * `next.version` (timelineEntryOf) is added, and the ACTIVE_LONG_TERM guard is taken or
   * released as the status requires. Throws StoreConflictError VERSION_CONFLICT or
   * ACTIVE_FILING_EXISTS.
   */
  update(
    previous: FilingRecord,
    next: FilingRecord,
    change: FilingChange,
    also?: readonly AlsoWrite[],
  ): Promise<void>;
  /**
   * The filing with every version (head ∥ historyOf: two requests, one round trip); undefined
   * for an unknown id. Tests and tools; the audit reads the history beside its own access read.
   */
  get(filingId: string): Promise<FilingWithHistory | undefined>;
  /** One strongly consistent GetItem: the filing item alone (a reviewer's load, the sweep's retry). */
  head(filingId: string): Promise<FilingRecord | undefined>;
  /**
   * One strongly consistent BatchGetItem: the filing item and `userId`'s link to the person the
   * id names (USER#<userId> LINK#<personId>). GET, and every state change of a linked account,
   * load with it. A malformed id reads nothing and finds nothing.
   */
  getForReader(filingId: string, userId: string): Promise<FilingWithLink>;
  /**
   * One strongly consistent Query of pk=FILING#<id>: every version in brief with its audit, oldest
   * first ([] for an unknown id). Only the history/audit screen reads it.
   */
  historyOf(filingId: string): Promise<FilingTimelineEntry[]>;
  /** One strongly consistent Query of the person's partition (sk begins_with FILING#), oldest first. */
  listForPerson(personId: string): Promise<FilingRecord[]>;
  /**
   * One Query page on GSI6: up to `limit` PENDING_REVIEW filings of a pooling region as summaries
   * (the index's INCLUDE projection; no item is read), earliest review.dueBy first, from `cursor`
   * (a previous page's `nextCursor`, which is absent on the last page). The cursor is the store's
   * own position: callers pass it back, never build one.
   */
  reviewQueue(
    insuredRegion: string,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<{ items: FilingSummary[]; nextCursor?: Record<string, unknown> }>;
}

/** dynamodb-toolbox's entity attribute (`_et`), which a plain read returns with the item. */
function withoutEntityName(item: Record<string, unknown>): Record<string, unknown> {
  const { _et: _entity, ...attributes } = item;
  return attributes;
}

export function dynamoFilingRepository(
  entities: Entities,
  sealer: ContactSealer,
): FilingRepository {
  const open = (item: unknown) => filingOf(item as Record<string, unknown>, sealer);
  const filings = entities.Filing.build(StoreRepository);
  const history = entities.FilingHistory.build(StoreRepository);
  const guards = entities.Guard.build(StoreRepository);

  const historyPut = (
    previous: FilingRecord | null,
    filing: FilingRecord,
    change: FilingChange,
  ): NamedPart<'history'> => ({
    name: 'history',
    part: history.transactPut(historyItemOf(filing.id, timelineEntryOf(previous, filing, change)), {
      condition: { attr: 'pk', exists: false },
    }),
  });
  const guardPut = (filing: FilingRecord, at: string): NamedPart<'guard'> => ({
    name: 'guard',
    part: guards.transactPut(
      { ...keys.activeLongTermGuard(filing.personId), ownerId: filing.id, createdAt: at },
      { condition: { attr: 'pk', exists: false } },
    ),
  });
  const holderOf = async (personId: string) =>
    (await guards.get(keys.activeLongTermGuard(personId))).Item?.ownerId;

  async function head(filingId: string): Promise<FilingRecord | undefined> {
    const { Item } = await filings.get(keys.filing(filingId), { consistent: true });
    return Item ? open(Item) : undefined;
  }

  /** One consistent Query of pk=FILING#<id>: the history items, oldest version first. */
  async function historyOf(filingId: string): Promise<FilingTimelineEntry[]> {
    const { Items = [] } = await history.query(
      { partition: keys.filingPartition(filingId), range: { beginsWith: 'VERSION#' } },
      { consistent: true, maxPages: Infinity },
    );
    return Items.map((item) => timelineEntryFrom(item as Record<string, unknown>)).sort(
      (a, b) => a.version - b.version,
    );
  }

  return {
    async create(filing, change, also = []) {
      if (filing.version !== 1) throw new RangeError('A new filing starts at version 1');
      const takesGuard = holdsActiveLongTermGuard(filing);
      const own = [
        {
          name: 'filing' as const,
          part: filings.transactPut(filingItemOf(filing, sealer), {
            condition: { attr: 'pk', exists: false },
          }),
        },
        historyPut(null, filing, change),
        ...(takesGuard ? [guardPut(filing, change.at)] : []),
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        if (failedParts(error, own).has('guard')) {
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
      const guardWrites: NamedPart<'guard' | 'guardRelease'>[] =
        heldBefore && !holdsAfter
          ? [
              {
                name: 'guardRelease',
                part: guards.transactDelete(keys.activeLongTermGuard(previous.personId), {
                  condition: { attr: 'ownerId', eq: previous.id },
                }),
              },
            ]
          : !heldBefore && holdsAfter
            ? [guardPut(next, change.at)]
            : [];
      const own = [
        {
          name: 'filing' as const,
          part: filings.transactPut(filingItemOf(next, sealer), {
            condition: { attr: 'version', eq: previous.version },
          }),
        },
        historyPut(previous, next, change),
        ...guardWrites,
      ];
      try {
        await writeTransaction(own, also);
      } catch (error) {
        const failed = failedParts(error, own);
        // Someone wrote this version first: the filing's condition or its history item says so.
        if (failed.has('filing') || failed.has('history')) {
          throw new StoreConflictError('VERSION_CONFLICT');
        }
        if (failed.has('guard')) {
          throw new StoreConflictError('ACTIVE_FILING_EXISTS', {
            existingId: await holderOf(next.personId),
          });
        }
        throw error;
      }
    },

    historyOf,

    head,

    async get(filingId) {
      const [filing, versions] = await Promise.all([head(filingId), historyOf(filingId)]);
      return filing ? { filing, history: versions } : undefined;
    },

    async getForReader(filingId, userId) {
      const personId = personIdOfFilingId(filingId);
      if (personId === undefined) return {};
      const { table } = entities.Filing;
      // The hottest read: plain items, not the toolbox's formatting (store/batchGet says why).
      const [filingItem, linkItem] = await batchGetPlain(
        table.getDocumentClient(),
        table.getName(),
        [keys.filing(filingId), keys.agentLink(userId, personId)],
        { consistent: true },
      );
      if (!filingItem) return {};
      const filing = open(withoutEntityName(filingItem));
      // The link is left out if the filing turns out to belong to someone else (a bug).
      if (!linkItem || filing.personId !== personId) return { filing };
      return { filing, link: agentLinkRecordOf(withoutEntityName(linkItem)) };
    },

    async listForPerson(personId) {
      const { Items = [] } = await filings.query(
        { partition: keys.ownerPartition(personId), range: { beginsWith: keys.filingsOfPerson } },
        { consistent: true, maxPages: Infinity },
      );
      return Items.map(open);
    },

    async reviewQueue(insuredRegion, { limit, cursor }) {
      // The table's own Query (no entity): an entry holds only the projected attributes, which
      // the Filing entity would refuse as an incomplete item.
      const { Items = [], LastEvaluatedKey } = await entities.Filing.table
        .build(QueryCommand)
        .query({ index: INDEX.reviewQueue, partition: `REVIEW#${insuredRegion}` })
        .options({ limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) })
        .send();
      return {
        items: Items.map((entry) => filingSummaryOfEntry(entry as Record<string, unknown>)),
        ...(LastEvaluatedKey ? { nextCursor: LastEvaluatedKey } : {}),
      };
    },
  };
}
