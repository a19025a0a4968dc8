// The least a write can cost: the items it writes, each rounded up to 1 KB write units, twice for
// a transaction, plus one write per global secondary index the item appears in (the index entry
// holds the table and index keys and what the index projects). What DynamoDB bills beyond that
// comes from what the request does not show: a replaced item billed at its larger old size, an
// index entry moved to a new key (a delete and a put), an Update's or Delete's stored item.
// Item sizes follow DynamoDB's documented rules ("Item sizes and formats" in the developer guide).
import type { DynamoCall, WrittenItem } from './capacityMeter';

export interface IndexShape {
  name: string;
  /** Its partition and sort key attributes: an item lacking one is not in the index. */
  keys: string[];
  projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  /** INCLUDE: the non-key attributes it projects. */
  include: string[];
}

export interface TableShape {
  keys: string[];
  indexes: IndexShape[];
}

interface TableDefinition {
  KeySchema: { AttributeName: string }[];
  GlobalSecondaryIndexes?: {
    IndexName: string;
    KeySchema: { AttributeName: string }[];
    Projection: { ProjectionType?: string; NonKeyAttributes?: string[] };
  }[];
}

/** The keys and index projections of a CreateTable definition (infra/table/definition.json). */
export function tableShapeOf(definition: TableDefinition): TableShape {
  return {
    keys: definition.KeySchema.map((key) => key.AttributeName),
    indexes: (definition.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema.map((key) => key.AttributeName),
      projection: (index.Projection.ProjectionType ?? 'ALL') as IndexShape['projection'],
      include: index.Projection.NonKeyAttributes ?? [],
    })),
  };
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A number: 1 byte per two significant digits (leading and trailing zeros trimmed), plus 1. */
function numberSize(value: number | bigint): number {
  const digits = String(value)
    .replace(/^-/, '')
    .replace(/e.*$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** The stored size of one attribute value, in bytes. */
export function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Bytes(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set)
    return [...(value as Set<unknown>)].reduce<number>((s, v) => s + valueSize(v), 0);
  // A list or a map: 3 bytes, and 1 more per element (a map's element also its name).
  if (Array.isArray(value)) {
    return value.reduce<number>((sum, element) => sum + 1 + valueSize(element), 3);
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, element]) => element !== undefined)
      .reduce((sum, [name, element]) => sum + 1 + utf8Bytes(name) + valueSize(element), 3);
  }
  return 0;
}

/** An item's size: every attribute's name and value (undefined attributes are not sent). */
export function itemSize(item: Record<string, unknown>, only?: ReadonlySet<string>): number {
  return Object.entries(item)
    .filter(([name, value]) => value !== undefined && (!only || only.has(name)))
    .reduce((sum, [name, value]) => sum + utf8Bytes(name) + valueSize(value), 0);
}

/** Write units of one item: 1 per KB started, at least 1. */
export const writeUnitsOf = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** The index entries a Put creates: the indexes whose key attributes the item all has. */
export function indexEntrySizes(item: Record<string, unknown>, table: TableShape): number[] {
  return table.indexes
    .filter((index) => index.keys.every((key) => item[key] !== undefined))
    .map((index) =>
      index.projection === 'ALL'
        ? itemSize(item)
        : itemSize(item, new Set([...table.keys, ...index.keys, ...index.include])),
    );
}

/**
 * The floor of one written item. A Put: its item and its index entries. An Update, a Delete or a
 * ConditionCheck: one unit (the request does not carry the stored item; an Update's index
 * entries are not counted). All of it twice inside a transaction.
 */
export function itemFloor(write: WrittenItem, table: TableShape): number {
  const times = write.transactional ? 2 : 1;
  if (write.action !== 'Put' || !write.item) return times;
  const units = [itemSize(write.item), ...indexEntrySizes(write.item, table)]
    .map(writeUnitsOf)
    .reduce((sum, value) => sum + value, 0);
  return units * times;
}

/** The floor of a request's writes: the sum over its successful write calls. */
export function writeFloorOf(
  calls: readonly Pick<DynamoCall, 'kind' | 'failed' | 'writes'>[],
  table: TableShape,
): number {
  return calls
    .filter((call) => call.kind === 'write' && !call.failed)
    .flatMap((call) => call.writes ?? [])
    .reduce((sum, write) => sum + itemFloor(write, table), 0);
}
