import definition from '../../infra/table/definition.json';
import type { WrittenItem } from './capacityMeter';
import {
  indexEntrySizes,
  itemFloor,
  itemSize,
  tableShapeOf,
  valueSize,
  writeFloorOf,
  writeUnitsOf,
  type TableShape,
} from './writeFloor';

const table: TableShape = {
  keys: ['pk', 'sk'],
  indexes: [
    { name: 'ALLX', keys: ['gsi1pk', 'gsi1sk'], projection: 'ALL', include: [] },
    { name: 'KEYS', keys: ['gsi2pk', 'gsi2sk'], projection: 'KEYS_ONLY', include: [] },
    { name: 'INCL', keys: ['gsi3pk', 'gsi3sk'], projection: 'INCLUDE', include: ['status'] },
  ],
};
const put = (item: Record<string, unknown>, transactional = true): WrittenItem => ({
  action: 'Put',
  item,
  transactional,
});

describe('item sizes (DynamoDB: names and values in UTF-8, numbers by digits, 3 bytes a list or map)', () => {
  it('counts strings in UTF-8 bytes, names included', () => {
    expect(itemSize({ pk: 'abc' })).toBe(2 + 3);
    // 王 is 3 bytes in UTF-8.
    expect(itemSize({ name: '王建华' })).toBe(4 + 9);
  });

  it('counts a number by its significant digits, two a byte, plus one', () => {
    expect(valueSize(7)).toBe(2);
    expect(valueSize(123456)).toBe(4);
    expect(valueSize(1200)).toBe(2);
    expect(valueSize(0.5)).toBe(2);
  });

  it('counts a list or a map as 3 bytes, 1 per element, and a map its names', () => {
    expect(valueSize([])).toBe(3);
    expect(valueSize(['ab', 'c'])).toBe(3 + (1 + 2) + (1 + 1));
    expect(valueSize({ a: true, bc: null })).toBe(3 + (1 + 1 + 1) + (1 + 2 + 1));
  });

  it('leaves out attributes that are not sent', () => {
    expect(itemSize({ pk: 'a', gone: undefined })).toBe(3);
  });
});

describe('write floor', () => {
  it('rounds each item up to whole 1 KB units, at least one', () => {
    expect(writeUnitsOf(0)).toBe(1);
    expect(writeUnitsOf(1024)).toBe(1);
    expect(writeUnitsOf(1025)).toBe(2);
  });

  it('bills a transaction item twice and a single Put once', () => {
    const item = { pk: 'A', sk: 'B', data: 'x'.repeat(1500) };
    expect(itemFloor(put(item), table)).toBe(4);
    expect(itemFloor(put(item, false), table)).toBe(2);
  });

  it('adds an entry per index whose keys the item has, of what the index projects', () => {
    const item = {
      pk: 'A',
      sk: 'B',
      gsi1pk: 'G1',
      gsi1sk: 'g',
      gsi2pk: 'G2',
      gsi2sk: 'g',
      gsi3pk: 'G3',
      status: 'ACTIVE',
      data: 'x'.repeat(1500),
    };
    const [all, keysOnly, ...others] = indexEntrySizes(item, table);
    expect(all).toBe(itemSize(item));
    expect(keysOnly).toBe(itemSize({ pk: 'A', sk: 'B', gsi2pk: 'G2', gsi2sk: 'g' }));
    // gsi3sk is missing: the item is not in that index.
    expect(others).toEqual([]);
    // 2 KB item + 2 KB ALL entry + 1 KB keys entry, twice.
    expect(itemFloor(put(item), table)).toBe((2 + 2 + 1) * 2);
  });

  it('counts one unit for what carries no item (Update, Delete, ConditionCheck)', () => {
    expect(itemFloor({ action: 'Update', transactional: true }, table)).toBe(2);
    expect(itemFloor({ action: 'Delete', transactional: false }, table)).toBe(1);
  });

  it('sums the successful writes of a request, not its reads or failed calls', () => {
    const item = { pk: 'A', sk: 'B' };
    const calls = [
      { kind: 'read' as const },
      { kind: 'write' as const, writes: [put(item), put(item)] },
      { kind: 'write' as const, failed: 'TransactionCanceledException', writes: [put(item)] },
    ];
    expect(writeFloorOf(calls, table)).toBe(4);
  });

  it('reads the indexes and projections of the deployed table definition', () => {
    const shape = tableShapeOf(definition);
    expect(shape.keys).toEqual(['pk', 'sk']);
    expect(shape.indexes.map((index) => index.name)).toContain('GSI1');
    for (const index of shape.indexes) {
      expect(['ALL', 'KEYS_ONLY', 'INCLUDE']).toContain(index.projection);
      expect(index.keys.length).toBeGreaterThan(0);
    }
  });
});
