// Brings every item of an older layout to layout 3 (docs/operations.md, "Item migration"), page by
// page. THE one Scan of the project (eslint and store/noScan.test.ts name this file as the only
// exception): a migration must see every item, once, off any request path.
//   filing item, layout 1 or 2 (pk=FILING#<id> sk=FILING) → layout 3 (pk=PERSON#<personId>
//     sk=FILING#<id>; layout3.ts): ONE TransactWriteItems puts the new item (only if absent) and
//     deletes the old one (only if still the item read: same version, same layout), so a crash or
//     a concurrent run never loses nor duplicates a filing;
//   history item, layout 1 (a snapshot) → the delta the store writes (conditional Put);
//   a person's message still in GSI1 → gsi1pk/gsi1sk removed (conditional UpdateItem).
// An item the application (or another run) rewrote between read and write is left alone and
// reported in `skipped`; a rerun, which starts afresh once a run got to the end, picks it up.
// Resumable: after each page the cursor is saved in a checkpoint item (pk=MIGRATION#<name>); a
// rerun continues from it. A dry run reads and converts, counts, and writes nothing (not even the
// checkpoint).
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContactSealer } from '../../../functions/src/security/contactProtection';
import { defineEntities } from '../../../functions/src/store/entities';
import {
  failedConditionNames,
  isConditionalCheckFailed,
} from '../../../functions/src/store/errors';
import { StoreRepository } from '../../../functions/src/store/storeRepository';
import { defineTable } from '../../../functions/src/store/table';
import { toLayout3, type Layout2FilingItem } from './layout3';
import {
  isGsi1Message,
  isLayout1FilingItem,
  isLayout1HistoryItem,
  isLayout2FilingItem,
  upgradeHistoryItem,
  upgradeLayout1FilingItem,
} from './upgradeItems';

export const MIGRATION_NAME = 'items-layout-3';
const checkpointKey = { pk: `MIGRATION#${MIGRATION_NAME}`, sk: 'CHECKPOINT' };

interface ItemKey {
  pk: string;
  sk: string;
}

/**
 * Why an item was left alone: CHANGED — rewritten, moved or deleted since it was read (a rerun
 * reads it again); TARGET_EXISTS — a filing item is already at its layout-3 key while the old one
 * is still there (nothing is overwritten: look at both).
 */
export type SkipReason = 'CHANGED' | 'TARGET_EXISTS';

export interface MigrationReport {
  dryRun: boolean;
  /** Pages read in this run; resumed: it continued from a saved checkpoint. */
  pages: number;
  resumed: boolean;
  scanned: number;
  /** Filing items moved to layout 3 (from layout 1 or 2). */
  filings: number;
  /** History items of layout 1 rewritten as deltas. */
  histories: number;
  /** Messages taken out of GSI1. */
  messages: number;
  /** Left alone between read and write (keys only: no personal data in keys). */
  skipped: (ItemKey & { reason: SkipReason })[];
  /** Items that could not be converted: their keys (no personal data in keys). */
  failed: (ItemKey & { error: string })[];
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
  /** Called after each page with the counts so far (npm run migrate prints them). */
  onPage?: (report: MigrationReport) => void;
}

type Cursor = Record<string, unknown>;
type RawItem = Record<string, unknown>;

/** A write's outcome: done, or left alone for a reason. */
type Outcome = 'DONE' | SkipReason;

export async function migrateTable(options: MigrationOptions): Promise<MigrationReport> {
  const { documentClient, tableName, sealer, dryRun = false, pageSize = 100 } = options;
  const table = defineTable(documentClient, tableName);
  const entities = defineEntities(table);
  const histories = entities.FilingHistory.build(StoreRepository);
  // Raw writes carry the entity attribute the toolbox would add: the store's reads need it.
  const filingEntity = { [table.entityAttributeSavedAs]: entities.Filing.entityName };

  const saved = options.restart ? undefined : await readCheckpoint(documentClient, tableName);
  let cursor: Cursor | undefined = saved;
  const report: MigrationReport = {
    dryRun,
    pages: 0,
    resumed: saved !== undefined,
    scanned: 0,
    filings: 0,
    histories: 0,
    messages: 0,
    skipped: [],
    failed: [],
    done: false,
  };

  const outcomeOf = async (write: () => Promise<unknown>): Promise<Outcome> => {
    if (dryRun) return 'DONE';
    try {
      await write();
      return 'DONE';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'CHANGED';
      throw error;
    }
  };

  /** Old filing item → its layout-3 item, in one transaction (see the top of this file). */
  const moveFiling = async (old: RawItem, key: ItemKey, next: RawItem): Promise<Outcome> => {
    if (dryRun) return 'DONE';
    const parts = ['layout3', 'old'] as const;
    const sameLayout =
      old.itemVersion === undefined
        ? 'attribute_not_exists(#itemVersion)'
        : '#itemVersion = :itemVersion';
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...next, ...filingEntity },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Delete: {
                TableName: tableName,
                Key: key,
                ConditionExpression: `#version = :version AND ${sameLayout}`,
                ExpressionAttributeNames: { '#version': 'version', '#itemVersion': 'itemVersion' },
                ExpressionAttributeValues: {
                  ':version': old.version,
                  ...(old.itemVersion === undefined ? {} : { ':itemVersion': old.itemVersion }),
                },
              },
            },
          ],
        }),
      );
      return 'DONE';
    } catch (error) {
      const failed = failedConditionNames(error, parts);
      if (failed.has('old')) return 'CHANGED';
      if (failed.has('layout3')) return 'TARGET_EXISTS';
      throw error;
    }
  };

  const migrateItem = async (item: RawItem, key: ItemKey): Promise<keyof Counts | SkipReason> => {
    if (key.sk === 'FILING') {
      const next = isLayout1FilingItem(item)
        ? upgradeLayout1FilingItem(item, sealer)
        : isLayout2FilingItem(item)
          ? toLayout3(item as Layout2FilingItem)
          : undefined;
      if (!next) throw new Error(`filing item of an unknown layout (${String(item.itemVersion)})`);
      const outcome = await moveFiling(item, key, next);
      return outcome === 'DONE' ? 'filings' : outcome;
    }
    if (isLayout1HistoryItem(item)) {
      const next = upgradeHistoryItem(item);
      const outcome = await outcomeOf(() =>
        histories.put(next, { condition: { attr: 'itemVersion', exists: false } }),
      );
      return outcome === 'DONE' ? 'histories' : outcome;
    }
    if (!isGsi1Message(item)) throw new Error('not an item of an older layout');
    const outcome = await outcomeOf(() =>
      documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'begins_with(gsi1sk, :mail)',
          ExpressionAttributeValues: { ':mail': 'MAIL#' },
        }),
      ),
    );
    return outcome === 'DONE' ? 'messages' : outcome;
  };

  for (;;) {
    if (options.maxPages !== undefined && report.pages >= options.maxPages) return report;
    const page = await documentClient.send(
      new ScanCommand({
        TableName: tableName,
        Limit: pageSize,
        ConsistentRead: true,
        // Only items of the old layouts come back (the page still reads `Limit` items): every
        // filing item at sk=FILING (layout 3 keys it FILING#<id>), history snapshots, and the
        // person's messages still indexed in GSI1.
        FilterExpression:
          'sk = :filing OR attribute_exists(#snapshot) OR ' +
          '(begins_with(sk, :message) AND attribute_exists(gsi1pk))',
        ExpressionAttributeNames: { '#snapshot': 'snapshot' },
        ExpressionAttributeValues: { ':filing': 'FILING', ':message': 'MESSAGE#' },
        ...(cursor ? { ExclusiveStartKey: cursor } : {}),
      }),
    );
    report.pages += 1;
    report.scanned += page.ScannedCount ?? 0;
    for (const item of page.Items ?? []) {
      const key = { pk: String(item.pk), sk: String(item.sk) };
      try {
        const outcome = await migrateItem(item, key);
        if (outcome === 'CHANGED' || outcome === 'TARGET_EXISTS') {
          report.skipped.push({ ...key, reason: outcome });
        } else {
          report[outcome] += 1;
        }
      } catch (error) {
        report.failed.push({ ...key, error: (error as Error).message });
      }
    }
    cursor = page.LastEvaluatedKey;
    if (!dryRun) await saveCheckpoint(documentClient, tableName, cursor);
    options.onPage?.(report);
    if (!cursor) {
      report.done = true;
      return report;
    }
  }
}

type Counts = Pick<MigrationReport, 'filings' | 'histories' | 'messages'>;

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
