import { roundTripsOf, summarize, writesOf, type DynamoCall } from './capacityMeter';

const call = (startedAt: number, endedAt: number, kind: 'read' | 'write' = 'read'): DynamoCall => ({
  command: kind === 'read' ? 'GetItemCommand' : 'TransactWriteItemsCommand',
  kind,
  target: 'USER',
  capacityUnits: 1,
  startedAt,
  endedAt,
});

describe('round trips', () => {
  it('counts requests sent side by side once', () => {
    expect(roundTripsOf([call(0, 5), call(0.2, 4)])).toBe(1);
  });

  it('counts a request sent after the answers as a new round trip', () => {
    expect(roundTripsOf([call(0, 5), call(5, 9), call(6, 8)])).toBe(2);
    expect(roundTripsOf([call(10, 12), call(0, 5)])).toBe(2);
  });

  it('is zero without requests', () => {
    expect(roundTripsOf([])).toBe(0);
  });

  it('gives the summary its round trips and requests', () => {
    const summary = summarize([call(0, 5), call(1, 3), call(6, 9, 'write')]);
    expect(summary).toMatchObject({
      roundTrips: 2,
      requests: 3,
      readRequests: 2,
      writeRequests: 1,
    });
  });
});

describe('what a write carries', () => {
  it('lists the actions of a transaction, with the items of its Puts', () => {
    const writes = writesOf('TransactWriteItemsCommand', {
      TransactItems: [
        { Put: { TableName: 't', Item: { pk: 'FILING#1', sk: 'FILING' } } },
        { Delete: { TableName: 't', Key: { pk: 'PERSON#1', sk: 'G' } } },
        { ConditionCheck: { TableName: 't', Key: { pk: 'PERSON#1', sk: 'P' } } },
      ],
    });
    expect(writes).toEqual([
      { action: 'Put', transactional: true, item: { pk: 'FILING#1', sk: 'FILING' } },
      { action: 'Delete', transactional: true },
      { action: 'ConditionCheck', transactional: true },
    ]);
  });

  it('takes a PutItem and a BatchWriteItem as plain writes', () => {
    expect(writesOf('PutItemCommand', { Item: { pk: 'A' } })).toEqual([
      { action: 'Put', transactional: false, item: { pk: 'A' } },
    ]);
    expect(
      writesOf('BatchWriteItemCommand', {
        RequestItems: {
          t: [{ PutRequest: { Item: { pk: 'A' } } }, { DeleteRequest: { Key: {} } }],
        },
      }),
    ).toEqual([
      { action: 'Put', item: { pk: 'A' }, transactional: false },
      { action: 'Delete', transactional: false },
    ]);
  });
});
