import { QueryCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../src/store';
import { loadStageConfig } from '../src/config/stage';
import { createTestTable, testEnvironment } from './support/testRuntime';
import { createRuntime } from '../src/runtime';
import { createStore } from '../src/store';
import { newMessage } from '../src/services/notifications/recordOnce';
import { dispatchOutbox } from '../src/services/notifications/dispatchOutbox';
import { recordingNotifier } from '../src/services/notifications/notifier';

it('debug', async () => {
  const tableName = await createTestTable();
  const config = loadStageConfig({ ...testEnvironment(), TABLE_NAME: tableName });
  const connection = { tableName, region: config.region, endpoint: config.dynamoEndpoint!, encryptionKey: config.idEncryptionKey };
  const doc = createDocumentClient(connection);
  const runtime = createRuntime(config, { store: createStore(connection, doc) });
  const message = newMessage({ personId: 'p1', filingId: 'p1_x', content: { kind: 'COMMITMENT_DUE', title: 't', body: 'b', fields: { subject: 's', date: '2027-03-31', note: 'n' } } as any, at: '2027-03-01T00:00:00.000Z' });
  await runtime.store.messages.recordOnce({ filingId: 'p1_x', occasion: 'T#1' }, message, new Date('2027-04-01'));
  const q = async (label: string) => {
    for (const p of ['OUTBOX', 'OUTBOX#1', 'OUTBOX#2', 'OUTBOX#3']) {
      const r = await doc.send(new QueryCommand({ TableName: tableName, IndexName: 'GSI3', KeyConditionExpression: 'gsi3pk = :p', ExpressionAttributeValues: { ':p': p } }));
      if (r.Items?.length) console.log(label, p, JSON.stringify(r.Items));
    }
  };
  await q('queued');
  const notifier = recordingNotifier();
  console.log(await dispatchOutbox({ messages: runtime.store.messages, notifier, now: () => new Date() }));
  await q('after');
  const item = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: 'PERSON#p1', sk: `MESSAGE#${message.createdAt}#${message.id}` } }));
  console.log('item', Object.keys(item.Item ?? {}));
});
