// Issue 11, point 7: a filing's phone and address are sealed at rest — in the filing item and its
// history snapshots; the idempotency record holds only a reference (issue 14) — opened for the
// person and their agents, masked for a reviewer and in the export. Reads the raw items from
// DynamoDB Local.
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { build as buildCreate } from '../../src/http/filings/create';
import { build as buildGet } from '../../src/http/filings/get';
import type { Runtime } from '../../src/runtime';
import { createDocumentClient, keys } from '../../src/store';
import { exportCsv } from '../operations.support';
import { call, chinaMorning, testPerson, testRuntime, testUser } from '../filings.support';

const ADDRESS = '上海市徐汇区漕溪北路1号';
const PHONE = '13912345678';
const PHONE2 = '0551-65123456';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('contact data at rest', () => {
  it('is never in clear in the filing, its history or its idempotency record', async () => {
    const owner = await testUser(runtime);
    const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
    const idempotencyKey = '6f1c2d3e-4a5b-4c6d-8e7f-101112131415';
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user: owner,
      clock: chinaMorning('2026-12-15'),
      idempotencyKey,
      body: {
        personId: person.id,
        category: 'OTHER_TEMPORARY',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: ADDRESS, phone: PHONE, phone2: PHONE2 },
        proof: { kind: 'MATERIALS', materialIds: [] },
      },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.contact).toEqual({ address: ADDRESS, phone: PHONE, phone2: PHONE2 });

    const client = createDocumentClient({
      tableName: runtime.config.tableName,
      region: runtime.config.region,
      ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
    });
    const { Items = [] } = await client.send(
      new QueryCommand({
        TableName: runtime.config.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.filingPartition(filed.body.id) },
        ConsistentRead: true,
      }),
    );
    expect(Items.map((item) => item.sk)).toEqual(['VERSION#000001']);
    const { Item: filingItem } = await client.send(
      new GetCommand({ TableName: runtime.config.tableName, Key: keys.filing(filed.body.id) }),
    );
    expect(filingItem?.contactSealed).toEqual(expect.any(String));
    Items.push(filingItem!);
    const { Item: record } = await client.send(
      new GetCommand({
        TableName: runtime.config.tableName,
        Key: keys.idempotency(owner.userId, idempotencyKey),
      }),
    );
    expect(record).toBeDefined();
    for (const raw of [...Items, record]) {
      const text = JSON.stringify(raw);
      expect(text).not.toContain('12345678');
      expect(text).not.toContain('65123456');
      expect(text).not.toContain('漕溪北路');
      // An ID number standing alone: the 22-character 备案编号 (region + date + id head) may be all
      // digits when the id's head is, and is not one.
      expect(text).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/);
    }

    // The owner reads it in full, and a replay answers the same as the first time.
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user: owner,
      params: { id: filed.body.id },
    });
    expect(seen.body.contact).toEqual({ address: ADDRESS, phone: PHONE, phone2: PHONE2 });
  });

  it('is masked for the region reviewer and in the export', async () => {
    const owner = await testUser(runtime);
    const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user: owner,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: person.id,
        category: 'OTHER_TEMPORARY',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: ADDRESS, phone: PHONE, phone2: PHONE2 },
        proof: { kind: 'MATERIALS', materialIds: [] },
      },
    });
    expect(filed.status).toBe(201);
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user: reviewer,
      params: { id: filed.body.id },
    });
    expect(seen.status).toBe(200);
    expect(seen.body.contact).toEqual({
      address: '上海市徐汇区****',
      phone: '139****5678',
      phone2: '0551-****3456',
    });

    const { csv } = await exportCsv(runtime, reviewer, { region: '340100' });
    expect(csv).toContain('139****5678');
    expect(csv).not.toContain(PHONE);
    expect(csv).not.toContain('漕溪北路');
  });
});
