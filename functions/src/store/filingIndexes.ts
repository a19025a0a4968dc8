// Paged reads of the sparse due-date indexes (the daily sweep, the recompute), the region index
// (reviewers' export and non-pending queues) and the review queue. The due-date and region indexes
// are KEYS_ONLY (store/keysOnlyIndex): each page is one Query of keys and then the BatchGet of
// its items, so cost follows the work due; a listed filing whose item changed meanwhile is read
// as it now is, and dropped if it no longer belongs there. Filings carry their person's summary,
// so none of these reads the persons.
import type { ContactSealer } from '../security/contactProtection';
import type { Category, FilingStatus } from '@yidi/shared';
import type { Entities } from './entities';
import { filingOf } from './filingItems';
import type { FilingRecord } from './records';
import { dueIndexKeys, regionIndexPartition } from './filingIndexKeys';
import { currentItems, queryEntries, type KeysOnlyIndex } from './keysOnlyIndex';
import { INDEX } from './table';

export type DueIndex = 'COMMITMENT_DUE' | 'VALIDITY_END';

/** Days of one due-date index partition: a pooling region's month, from one day through another. */
export interface DuePartition {
  /** yyyy-mm */
  month: string;
  region: string;
  from: string;
  through: string;
}

export interface FilingPage {
  filings: FilingRecord[];
  /**
   * Index entries of the page whose item was gone or no longer in that place (index lag: read
   * before the change reached the index); not in `filings`.
   */
  stale?: number;
  /** Pass back to read the next page; absent on the last one. */
  cursor?: Record<string, unknown>;
}

export interface FilingIndexRepository {
  /**
   * One Query page on GSI3/GSI4 (keys), then its filings (consistent BatchGet): the live filings
   * of one pooling region due from `from` through `through`, days of one month (sparse; a
   * partition per month and region, see filingIndexKeys). Only filings still listed there.
   */
  dueByPage(
    index: DueIndex,
    partition: DuePartition,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
  /**
   * One Query page on GSI6 (the review queue, which projects only the summary), then its
   * filings' items (consistent BatchGet): a region's PENDING_REVIEW filings whole, earliest
   * review.dueBy first (the deadline recompute rewrites them), only those still listed there.
   * At most 100 a page.
   */
  reviewPage(
    insuredRegion: string,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
  /**
   * One Query page on GSI7 (keys, in filing order: createdAt, id), then its filings (BatchGet,
   * eventually consistent), narrowed to a status and a category when given: the export job and
   * the non-pending queues read a region of any size this way. The key holds no status (a
   * status change must not move the entry), so a narrowed page may hold fewer than `limit`
   * filings, or none, and still have a cursor.
   */
  regionPage(
    insuredRegion: string,
    filter: { status?: FilingStatus; category?: Category },
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
}

const DUE_INDEXES = {
  COMMITMENT_DUE: { index: INDEX.commitmentDue, partitionKey: dueIndexKeys.commitmentDue },
  VALIDITY_END: { index: INDEX.validityEnd, partitionKey: dueIndexKeys.validityEnd },
} as const;

export function dynamoFilingIndexRepository(
  entities: Entities,
  sealer: ContactSealer,
): FilingIndexRepository {
  const open = (item: object) => filingOf(item as Record<string, unknown>, sealer);
  const table = entities.Filing.table;

  /** One page of entries, then the filings still listed where the page found them. */
  const keysThenFilings = async (
    query: Parameters<typeof queryEntries>[1] & { index: KeysOnlyIndex },
    options: { limit: number; cursor?: Record<string, unknown>; consistent: boolean },
  ): Promise<FilingPage> => {
    const { entries, cursor } = await queryEntries(table, query, options);
    const { items, stale } = await currentItems(entities.Filing, query.index, entries, {
      consistent: options.consistent,
    });
    return { filings: items.map(open), stale, ...(cursor ? { cursor } : {}) };
  };

  return {
    async dueByPage(dueIndex, { month, region, from, through }, { limit, cursor }) {
      const { index, partitionKey } = DUE_INDEXES[dueIndex];
      // '\uffff' sorts after '#<id>': every filing due on `through` itself is included.
      // Consistent: the sweep and the recompute decide and write from the item they read.
      return keysThenFilings(
        {
          index,
          partition: partitionKey(`${month}-01`, region),
          range: { between: [`${from}#`, `${through}#\uffff`] },
        },
        { limit, consistent: true, ...(cursor ? { cursor } : {}) },
      );
    },

    async reviewPage(insuredRegion, { limit, cursor }) {
      if (limit > 100) throw new RangeError('At most 100 filings per review page');
      // GSI6 projects the queue's summary, not the whole filing: its entries are read as keys.
      // Consistent: the recompute decides and writes from the item it reads.
      return keysThenFilings(
        { index: INDEX.reviewQueue, partition: `REVIEW#${insuredRegion}` },
        { limit, consistent: true, ...(cursor ? { cursor } : {}) },
      );
    },

    async regionPage(insuredRegion, { status, category }, { limit, cursor }) {
      // Eventually consistent: a listing, not a decision (a filing changed this instant shows
      // either way); half the read units of a consistent read over a whole region.
      const page = await keysThenFilings(
        { index: INDEX.filingsByRegion, partition: regionIndexPartition(insuredRegion) },
        { limit, consistent: false, ...(cursor ? { cursor } : {}) },
      );
      return {
        ...page,
        filings: page.filings.filter(
          (filing) =>
            (!status || filing.status === status) && (!category || filing.category === category),
        ),
      };
    },
  };
}
