// Paged reads of the sparse due-date indexes (the daily sweep) and the region index (reviewers'
// export and non-pending queues). Each call is one Query page, so cost follows the work due.
// Filings carry their person's summary, so none of these reads the persons.
import type { ContactSealer } from '../security/contactProtection';
import { BatchGetCommand } from 'dynamodb-toolbox/table/actions/batchGet';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';
import { batchGetAll } from './batchGet';
import { StoreRepository } from './storeRepository';
import type { Category, FilingStatus } from '@yidi/shared';
import type { Entities } from './entities';
import { filingOf } from './filingItems';
import type { FilingRecord } from './records';
import { dueIndexKeys } from './filingIndexKeys';
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
  /** Pass back to read the next page; absent on the last one. */
  cursor?: Record<string, unknown>;
}

export interface FilingIndexRepository {
  /**
   * One Query page on GSI3/GSI4: the live filings of one pooling region due from `from` through
   * `through`, days of one month (sparse; a partition per month and region, see filingIndexKeys).
   */
  dueByPage(
    index: DueIndex,
    partition: DuePartition,
    options: { limit: number; cursor?: Record<string, unknown> },
  ): Promise<FilingPage>;
  /**
   * One Query page on GSI6 (the review queue, which projects only the summary) and one BatchGet
   * of those filings' items: a region's PENDING_REVIEW filings whole, earliest review.dueBy
   * first (the deadline recompute rewrites them). At most 100 a page (BatchGet's limit).
   */
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
  /**
   * One Query page of regionFilings (same filter, index order: status, category, createdAt): the
   * export job and the non-pending queues read a region of any size this way.
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
  const filings = entities.Filing.build(StoreRepository);

  return {
    async dueByPage(dueIndex, { month, region, from, through }, { limit, cursor }) {
      const { index, partitionKey } = DUE_INDEXES[dueIndex];
      // '\uffff' sorts after '#<id>': every filing due on `through` itself is included.
      const { Items = [], LastEvaluatedKey } = await filings.query(
        {
          index,
          partition: partitionKey(`${month}-01`, region),
          range: { between: [`${from}#`, `${through}#\uffff`] },
        },
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        filings: Items.map(open),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },

    async reviewPage(insuredRegion, { limit, cursor }) {
      if (limit > 100) throw new RangeError('At most 100 filings per review page');
      const { Items: entries = [], LastEvaluatedKey } = await entities.Filing.table
        .build(QueryCommand)
        .query({ index: INDEX.reviewQueue, partition: `REVIEW#${insuredRegion}` })
        .options({ limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) })
        .send();
      const keyOf = (entry: Record<string, unknown>) => ({
        pk: entry.pk as string,
        sk: entry.sk as string,
      });
      const [items = []] =
        entries.length > 0
          ? await batchGetAll(
              entities.Filing.table
                .build(BatchGetCommand)
                .requests(...entries.map((entry) => filings.batchGet(keyOf(entry)))),
            )
          : [];
      // In the index's order; an item deleted since its entry was read is left out.
      return {
        filings: items.flatMap((item) => (item ? [open(item)] : [])),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },

    async regionFilings(insuredRegion, filter) {
      const { Items = [] } = await filings.query(regionQuery(insuredRegion, filter), {
        maxPages: Infinity,
      });
      return narrowed(Items.map(open), filter);
    },

    async regionPage(insuredRegion, filter, { limit, cursor }) {
      const { Items = [], LastEvaluatedKey } = await filings.query(
        regionQuery(insuredRegion, filter),
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        filings: narrowed(Items.map(open), filter),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },
  };
}

type RegionFilter = { status?: FilingStatus; category?: Category };

function regionQuery(insuredRegion: string, { status, category }: RegionFilter) {
  return {
    index: INDEX.byRegion,
    partition: `REGION#${insuredRegion}`,
    ...(status
      ? { range: { beginsWith: category ? `${status}#${category}#` : `${status}#` } }
      : {}),
  };
}

/** Without a status the category is not in the key prefix: it is filtered here. */
function narrowed(found: FilingRecord[], { status, category }: RegionFilter): FilingRecord[] {
  return status || !category ? found : found.filter((filing) => filing.category === category);
}
