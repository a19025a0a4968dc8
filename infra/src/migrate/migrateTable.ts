// Upgrades every filing and history item of layout 1 to today's layout (upgradeItems.ts), page by
// page. THE one Scan of the project (eslint and store/noScan.test.ts name this file as the only
// exception): a migration must see every item, once, off any request path.
// Resumable: after each page the cursor is saved in a checkpoint item (pk=MIGRATION#<name>); a
// rerun continues from it. Each write is conditional on the item still being in the old layout at
// the version read, so a page done twice, or an item the application rewrote meanwhile, is left
// alone. A dry run reads and converts, counts, and writes nothing (not even the checkpoint).
import { DeleteCommand, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContactSealer } from '../../../functions/src/security/contactProtection';
import { defineEntities } from '../../../functions/src/store/entities';
import { isConditionalCheckFailed } from '../../../functions/src/store/errors';
import { StoreRepository } from '../../../functions/src/store/storeRepository';
import { defineTable } from '../../../functions/src/store/table';
import {
  isOldFilingItem,
  isOldHistoryItem,
  upgradeFilingItem,
  upgradeHistoryItem,
} from './upgradeItems';

export const MIGRATION_NAME = 'filing-items-v2';
const checkpointKey = { pk: `MIGRATION#${MIGRATION_NAME}`, sk: 'CHECKPOINT' };

export interface MigrationReport {
  dryRun: boolean;
  /** Pages read in this run; resumed: it continued from a saved checkpoint. */
  pages: number;
  resumed: boolean;
  scanned: number;
  filings: number;
  histories: number;
  /** Already rewritten (by the application or an earlier run) between read and write. */
  skipped: number;
  /** Items that could not be converted: their keys (no personal data in keys). */
  failed: { pk: string; sk: string; error: string }[];
  /** False when stopped by maxPages before the end (the checkpoint holds the cursor). */
  done: boolean;
}

export interface MigrationOptions {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  sealer: ContactSealer;
  dryRun?: boolean;
  pageSize?: number;
  /** Stop after this many pages (the checkpoint keeps the rest for the next run). */
  maxPages?: number;
  /** Ignore a saved checkpoint and start from the first item. */
  restart?: boolean;
}

type Cursor = Record<string, unknown>;

export async function migrateTable(options: MigrationOptions): Promise<MigrationReport> {
  const { documentClient, tableName, sealer, dryRun = false, pageSize = 100 } = options;
  const entities = defineEntities(defineTable(documentClient, tableName));
  const filings = entities.Filing.build(StoreRepository);
  const histories = entities.FilingHistory.build(StoreRepository);

  const saved = options.restart ? undefined : await readCheckpoint(documentClient, tableName);
  let cursor: Cursor | undefined = saved;
  const report: MigrationReport = {
    dryRun,
    pages: 0,
    resumed: saved !== undefined,
    scanned: 0,
    filings: 0,
    histories: 0,
    skipped: 0,
    failed: [],
    done: false,
  };

  const written = async (write: () => Promise<unknown>) => {
    if (dryRun) return true;
    try {
      await write();
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  };

  for (;;) {
    if (options.maxPages !== undefined && report.pages >= options.maxPages) return report;
    const page = await documentClient.send(
      new ScanCommand({
        TableName: tableName,
        Limit: pageSize,
        ConsistentRead: true,
        // Only items of the old layouts come back (the page still reads `Limit` items).
        FilterExpression:
          '(sk = :filing AND attribute_exists(#record)) OR attribute_exists(#snapshot)',
        ExpressionAttributeNames: { '#record': 'record', '#snapshot': 'snapshot' },
        ExpressionAttributeValues: { ':filing': 'FILING' },
        ...(cursor ? { ExclusiveStartKey: cursor } : {}),
      }),
    );
    report.pages += 1;
    report.scanned += page.ScannedCount ?? 0;
    for (const item of page.Items ?? []) {
      const key = { pk: String(item.pk), sk: String(item.sk) };
      try {
        if (isOldFilingItem(item)) {
          const next = upgradeFilingItem(item, sealer);
          const version = next.version;
          const done = await written(() =>
            filings.put(next, {
              condition: {
                and: [
                  { attr: 'version', eq: version },
                  { attr: 'itemVersion', exists: false },
                ],
              },
            }),
          );
          if (done) report.filings += 1;
          else report.skipped += 1;
        } else if (isOldHistoryItem(item)) {
          const next = upgradeHistoryItem(item);
          const done = await written(() =>
            histories.put(next, { condition: { attr: 'itemVersion', exists: false } }),
          );
          if (done) report.histories += 1;
          else report.skipped += 1;
        }
      } catch (error) {
        report.failed.push({ ...key, error: (error as Error).message });
      }
    }
    cursor = page.LastEvaluatedKey;
    if (!dryRun) await saveCheckpoint(documentClient, tableName, cursor);
    if (!cursor) {
      report.done = true;
      return report;
    }
  }
}

async function readCheckpoint(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
): Promise<Cursor | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: checkpointKey, ConsistentRead: true }),
  );
  return Item?.cursor ? (JSON.parse(Item.cursor as string) as Cursor) : undefined;
}

/** The cursor after the last finished page; none: the table is done (a rerun starts afresh). */
async function saveCheckpoint(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  cursor: Cursor | undefined,
): Promise<void> {
  if (!cursor) {
    await documentClient.send(new DeleteCommand({ TableName: tableName, Key: checkpointKey }));
    return;
  }
  await documentClient.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...checkpointKey, cursor: JSON.stringify(cursor), savedAt: new Date().toISOString() },
    }),
  );
}
