// Reads through the KEYS_ONLY indexes (GSI3: open commitments due and the outbox; GSI4: validity
// ends; GSI7: a region's filings). Such an index holds only keys, so a write that leaves an
// item's index keys alone writes no index entry (issue 14's write budget). A read is therefore two
// steps: a Query answers the entries — the item's base-table pk/sk and the index's own keys — and
// a BatchGet (≤ 100 keys a request, store/batchGet retries unprocessed keys) reads the items at
// those pk/sk, wherever the item lives. The index lags its items: an entry whose item is gone, or
// whose item no longer carries that entry's index keys (it moved or left the index meanwhile), is
// stale and dropped — the item read decides, never the entry.
import type { Entity, KeyInputItem } from 'dynamodb-toolbox/entity';
import { BatchGetCommand } from 'dynamodb-toolbox/table/actions/batchGet';
import { QueryCommand, type Query } from 'dynamodb-toolbox/table/actions/query';
import { batchGetAll } from './batchGet';
import { StoreRepository } from './storeRepository';
import type { AppTable } from './table';

/** DynamoDB's limit of keys in one BatchGetItem request. */
export const BATCH_GET_KEYS = 100;

/** Indexes read as keys: the KEYS_ONLY ones, and GSI6, whose entries carry only a summary. */
export type KeysOnlyIndex = 'GSI3' | 'GSI4' | 'GSI6' | 'GSI7';

/** An index entry as a KEYS_ONLY index answers it: the table's pk/sk and the index keys. */
export type IndexEntry = { pk: string; sk: string } & Record<string, string>;

export interface EntryPage {
  entries: IndexEntry[];
  cursor?: Record<string, unknown>;
}

/** The index's key attributes: GSI3 → gsi3pk, gsi3sk (table.ts). */
export function indexKeyNames(index: KeysOnlyIndex): [string, string] {
  const prefix = index.toLowerCase();
  return [`${prefix}pk`, `${prefix}sk`];
}

/** One Query page of an index's entries (keys only: no entity to parse them with). */
export async function queryEntries(
  table: AppTable,
  query: Query<AppTable> & { index: KeysOnlyIndex },
  options: { limit: number; cursor?: Record<string, unknown> },
): Promise<EntryPage> {
  const { Items = [], LastEvaluatedKey } = await table
    .build(QueryCommand)
    .query(query)
    .options({
      limit: options.limit,
      ...(options.cursor ? { exclusiveStartKey: options.cursor } : {}),
    })
    .send();
  return {
    entries: Items as IndexEntry[],
    ...(LastEvaluatedKey ? { cursor: LastEvaluatedKey } : {}),
  };
}

const keyOf = (entry: { pk: string; sk: string }) => `${entry.pk}\u0000${entry.sk}`;

/**
 * The items `entries` point at, in entry order, that still carry the entry's keys of `index`
 * (stale entries dropped; `stale` counts them). Consistent reads, where the caller decides and
 * writes from what it reads: a consistent read is never older than the index entry, so a current
 * entry is never taken for a stale one.
 */
export async function currentItems<ENTITY extends Entity>(
  entity: ENTITY,
  index: KeysOnlyIndex,
  entries: readonly IndexEntry[],
  options: { consistent?: boolean } = {},
): Promise<{ items: Record<string, unknown>[]; stale: number }> {
  const repository = entity.build(StoreRepository);
  // An item is in an index once; the map also keeps a repeated key out of one request (refused).
  const unique = [...new Map(entries.map((entry) => [keyOf(entry), entry])).values()];
  const found = new Map<string, Record<string, unknown>>();
  const chunks: IndexEntry[][] = [];
  for (let start = 0; start < unique.length; start += BATCH_GET_KEYS) {
    chunks.push(unique.slice(start, start + BATCH_GET_KEYS));
  }
  await Promise.all(
    chunks.map(async (chunk) => {
      const command = entity.table
        .build(BatchGetCommand)
        .requests(
          ...chunk.map(({ pk, sk }) => repository.batchGet({ pk, sk } as KeyInputItem<ENTITY>)),
        )
        .options({ consistent: options.consistent ?? false });
      // The generic requests leave the answer's tuple type unresolved: items, in request order.
      const responses = (await batchGetAll(command)) as unknown as (object | undefined)[][];
      (responses[0] ?? []).forEach((item, position) => {
        if (item) found.set(keyOf(chunk[position]!), item as Record<string, unknown>);
      });
    }),
  );
  const [partitionKey, sortKey] = indexKeyNames(index);
  const items = entries.flatMap((entry) => {
    const item = found.get(keyOf(entry));
    const current =
      item !== undefined &&
      item[partitionKey] === entry[partitionKey] &&
      item[sortKey] === entry[sortKey];
    return current ? [item] : [];
  });
  return { items, stale: entries.length - items.length };
}
