// Paged reads of the sparse due-date indexes (the daily sweep) and the region index (reviewers'
// export and non-pending queues). Each call is one Query page, so cost follows the work due.
// Filings carry their person's summary, so none of these reads the persons.
import type { ContactSealer } from '../security/contactProtection';
import { StoreRepository } from './storeRepository';
import type { Category, FilingStatus } from '@yidi/shared';
import type { Entities } from './entities';
import { filingOf } from './filingItems';
import type { FilingRecord } from './records';
import { INDEX } from './table';

export type DueIndex = 'COMMITMENT_DUE' | 'VALIDITY_END';

export interface FilingPage {
  filings: FilingRecord[];
  /** Pass back to read the next page; absent on the last one. */
  cursor?: Record<string, unknown>;
}

export interface FilingIndexRepository {
  /** One Query page on GSI3/GSI4: filings due on or before `upTo` (sparse: only live ones). */
  dueByPage(
    index: DueIndex,
    upTo: string,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
  /** One Query page on GSI2: a region's PENDING_REVIEW filings, earliest review.dueBy first. */
  reviewPage(
    insuredRegion: string,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
  /**
   * One Query (all pages) on GSI5: a region's filings of one status (and then optionally one
   * category, narrowed in the key), or without a status every filing of the region (a category
   * is then filtered here: it follows the status in the key).
   */
  regionFilings(
    insuredRegion: string,
    filter: { status?: FilingStatus; category?: Category },
  ): Promise<FilingRecord[]>;
}

const DUE_INDEXES = {
  COMMITMENT_DUE: { index: INDEX.commitmentDue, partition: 'COMMITMENT_DUE' },
  VALIDITY_END: { index: INDEX.validityEnd, partition: 'VALIDITY_END' },
} as const;

export function dynamoFilingIndexRepository(
  entities: Entities,
  sealer: ContactSealer,
): FilingIndexRepository {
  const open = (item: object) => filingOf(item as Record<string, unknown>, sealer);
  const filings = entities.Filing.build(StoreRepository);

  return {
    async dueByPage(dueIndex, upTo, { limit, cursor }) {
      const { index, partition } = DUE_INDEXES[dueIndex];
      // '\uffff' sorts after '#<id>', so every filing due on `upTo` itself is included.
      const { Items = [], LastEvaluatedKey } = await filings.query(
        { index, partition, range: { lte: `${upTo}#\uffff` } },
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        filings: Items.map(open),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },

    async reviewPage(insuredRegion, { limit, cursor }) {
      const { Items = [], LastEvaluatedKey } = await filings.query(
        { index: INDEX.reviewQueue, partition: `REVIEW#${insuredRegion}` },
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        filings: Items.map(open),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },

    async regionFilings(insuredRegion, { status, category }) {
      const { Items = [] } = await filings.query(
        {
          index: INDEX.byRegion,
          partition: `REGION#${insuredRegion}`,
          ...(status
            ? { range: { beginsWith: category ? `${status}#${category}#` : `${status}#` } }
            : {}),
        },
        { maxPages: Infinity },
      );
      const found = Items.map(open);
      return status || !category ? found : found.filter((filing) => filing.category === category);
    },
  };
}
