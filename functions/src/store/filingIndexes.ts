// Paged reads of the sparse due-date indexes (the daily sweep) and the region index (reviewers'
// export and non-pending queues). Each call is one Query page, so cost follows the work due.
import { BatchGetCommand, EntityRepository, executeBatchGet } from 'dynamodb-toolbox';
import type { Category, FilingStatus } from '@yidi/shared';
import type { Entities } from './entities';
import { keys } from './keys';
import type { FilingRecord, PersonRecord } from './records';
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
  /**
   * One Query (all pages) on GSI5: a region's filings of one status, optionally one category,
   * oldest first.
   */
  regionFilings(
    insuredRegion: string,
    filter: { status: FilingStatus; category?: Category },
  ): Promise<FilingRecord[]>;
  /** BatchGetItem in chunks of 100: the persons of these ids (absent ids are left out). */
  personsByIds(personIds: string[]): Promise<Map<string, PersonRecord>>;
}

const DUE_INDEXES = {
  COMMITMENT_DUE: { index: INDEX.commitmentDue, partition: 'COMMITMENT_DUE' },
  VALIDITY_END: { index: INDEX.validityEnd, partition: 'VALIDITY_END' },
} as const;

export function dynamoFilingIndexRepository(entities: Entities): FilingIndexRepository {
  const filings = entities.Filing.build(EntityRepository);
  const persons = entities.Person.build(EntityRepository);

  return {
    async dueByPage(dueIndex, upTo, { limit, cursor }) {
      const { index, partition } = DUE_INDEXES[dueIndex];
      // '\uffff' sorts after '#<id>', so every filing due on `upTo` itself is included.
      const { Items = [], LastEvaluatedKey } = await filings.query(
        { index, partition, range: { lte: `${upTo}#\uffff` } },
        { limit, ...(cursor ? { exclusiveStartKey: cursor } : {}) },
      );
      return {
        filings: Items.map((item) => item.record),
        ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
      };
    },

    async regionFilings(insuredRegion, { status, category }) {
      const { Items = [] } = await filings.query(
        {
          index: INDEX.byRegion,
          partition: `REGION#${insuredRegion}`,
          range: { beginsWith: category ? `${status}#${category}#` : `${status}#` },
        },
        { maxPages: Infinity },
      );
      return Items.map((item) => item.record);
    },

    async personsByIds(personIds) {
      const unique = [...new Set(personIds)];
      const found = new Map<string, PersonRecord>();
      for (let start = 0; start < unique.length; start += 100) {
        const chunk = unique.slice(start, start + 100);
        const command = persons.entity.table
          .build(BatchGetCommand)
          .requests(...chunk.map((id) => persons.batchGet(keys.person(id))));
        const { Responses } = await executeBatchGet({ maxAttempts: 5 }, command);
        for (const item of Responses?.[0] ?? []) {
          if (!item) continue;
          const { pk: _pk, sk: _sk, personId, ...rest } = item;
          found.set(personId, { id: personId, ...rest } as PersonRecord);
        }
      }
      return found;
    },
  };
}
