// Export jobs (issue 14, point 3): GET /v1/review/export records what was asked and by whom, a
// job writes the CSV to S3 page by page and records the outcome here. pk=EXPORT#<exportId>
// sk=EXPORT; the item and the file expire together (TTL expiresAtEpoch, bucket lifecycle on
// exports/). The item holds the query and counts only — never a row of the export.
import type { Category, FilingStatus } from '@yidi/shared';
import { Entity } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import { isConditionalCheckFailed } from './errors';
import { StoreRepository } from './storeRepository';
import type { AppTable } from './table';

export type ExportState = 'RUNNING' | 'READY' | 'FAILED';

export interface ExportJobRecord {
  exportId: string;
  requestedBy: string;
  /** The pooling regions the export covers (the reviewer's, checked when it was asked for). */
  regions: string[];
  category?: Category;
  status?: FilingStatus;
  state: ExportState;
  objectKey: string;
  fileName: string;
  createdAt: string;
  expiresAtEpoch: number;
  finishedAt?: string;
  rows?: number;
  /** Query pages read and the CSV's size: what the job cost (bench). */
  pages?: number;
  bytes?: number;
}

export interface ExportOutcome {
  finishedAt: string;
  rows: number;
  pages: number;
  bytes: number;
}

export interface ExportJobRepository {
  /** Conditional Put: a new job, RUNNING. */
  create(job: Omit<ExportJobRecord, 'state'>): Promise<void>;
  /** One consistent GetItem. */
  get(exportId: string): Promise<ExportJobRecord | undefined>;
  /** RUNNING → READY with the counts; false (nothing written) if the job is not RUNNING. */
  finish(exportId: string, outcome: ExportOutcome): Promise<boolean>;
  /** RUNNING → FAILED; false if it was not RUNNING. */
  fail(exportId: string, finishedAt: string): Promise<boolean>;
}

export const exportJobKey = (exportId: string) => ({ pk: `EXPORT#${exportId}`, sk: 'EXPORT' });

export function defineExportJobEntity(table: AppTable) {
  return new Entity({
    name: 'ExportJob',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      exportId: string(),
      requestedBy: string(),
      regions: list(string()),
      category: string().optional(),
      status: string().optional(),
      state: string(),
      objectKey: string(),
      fileName: string(),
      createdAt: string(),
      expiresAtEpoch: number(),
      finishedAt: string().optional(),
      rows: number().optional(),
      pages: number().optional(),
      bytes: number().optional(),
    }),
  });
}

export function dynamoExportJobRepository(
  entity: ReturnType<typeof defineExportJobEntity>,
): ExportJobRepository {
  const jobs = entity.build(StoreRepository);
  const settle = async (exportId: string, values: Record<string, unknown>) => {
    try {
      await jobs.update(
        { ...exportJobKey(exportId), ...values },
        { condition: { attr: 'state', eq: 'RUNNING' } },
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  };
  return {
    async create(job) {
      await jobs.put(
        { ...exportJobKey(job.exportId), ...job, state: 'RUNNING' },
        { condition: { attr: 'pk', exists: false } },
      );
    },
    async get(exportId) {
      const { Item } = await jobs.get(exportJobKey(exportId), { consistent: true });
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, ...job } = Item;
      return job as ExportJobRecord;
    },
    finish(exportId, outcome) {
      return settle(exportId, { state: 'READY', ...outcome });
    },
    fail(exportId, finishedAt) {
      return settle(exportId, { state: 'FAILED', finishedAt });
    },
  };
}
