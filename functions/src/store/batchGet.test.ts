// BatchGetItem's UnprocessedKeys, at the SDK boundary: a document client that holds some keys
// back (as DynamoDB does when throttled) stands in for the database. The store's reads retry
// those keys, and when keys stay unread they fail as unavailable — never as "not found".
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defineEntities } from './entities';
import { keys } from './keys';
import { dynamoMaterialRepository } from './materials';
import { readWithLink } from './agentLinks';
import { BATCH_GET_ATTEMPTS } from './batchGet';
import { StoreUnavailableError } from './errors';
import { toAppError } from '../middleware/errorMapper';
import { StoreRepository } from './storeRepository';
import { defineTable } from './table';

const TABLE = 'test-table';
type Key = { pk: string; sk: string };

const materialItem = (id: string) => ({
  _et: 'Material',
  ...keys.material(id),
  gsi1pk: 'PERSON#p1',
  gsi1sk: `MATERIAL#2026-12-01T00:00:00.000Z#${id}`,
  materialId: id,
  personId: 'p1',
  insuredRegion: '340100',
  docType: 'EVIDENCE',
  contentType: 'image/jpeg',
  size: 2048,
  sha256: 'a'.repeat(64),
  objectKey: `materials/p1/${id}`,
  createdBy: 'u1',
  createdAt: '2026-12-01T00:00:00.000Z',
});

/**
 * A fake document client: `held(attempt)` says how many of the asked keys it leaves unprocessed
 * on that attempt (from the end of the request); the others come back if they exist.
 */
function fakeClient(stored: Record<string, object>, held: (attempt: number) => number) {
  const requests: Key[][] = [];
  const client = {
    send: jest.fn(async (command: { input: { RequestItems: Record<string, { Keys: Key[] }> } }) => {
      const asked = command.input.RequestItems[TABLE]?.Keys ?? [];
      requests.push(asked);
      const keep = Math.min(held(requests.length), asked.length);
      const answered = asked.slice(0, asked.length - keep);
      const unprocessed = asked.slice(asked.length - keep);
      return {
        Responses: {
          [TABLE]: answered.flatMap((key) => {
            const item = stored[`${key.pk}|${key.sk}`];
            return item ? [item] : [];
          }),
        },
        UnprocessedKeys: unprocessed.length ? { [TABLE]: { Keys: unprocessed } } : {},
        $metadata: {},
      };
    }),
  };
  return { client: client as unknown as DynamoDBDocumentClient, requests };
}

const storedOf = (...items: ReturnType<typeof materialItem>[]) =>
  Object.fromEntries(items.map((item) => [`${item.pk}|${item.sk}`, item]));

function materialsOn(client: DynamoDBDocumentClient) {
  return dynamoMaterialRepository(defineEntities(defineTable(client, TABLE)));
}

describe('materials.getMany (BatchGetItem)', () => {
  it('is one request when nothing is held back', async () => {
    const { client, requests } = fakeClient(
      storedOf(materialItem('p1_a'), materialItem('p1_b')),
      () => 0,
    );
    const found = await materialsOn(client).getMany(['p1_a', 'p1_b']);
    expect(found.map((material) => material.id).sort()).toEqual(['p1_a', 'p1_b']);
    expect(requests).toHaveLength(1);
  });

  it('asks again for the unprocessed keys only, and finds them', async () => {
    const { client, requests } = fakeClient(
      storedOf(materialItem('p1_a'), materialItem('p1_b'), materialItem('p1_c')),
      (attempt) => (attempt === 1 ? 2 : attempt === 2 ? 1 : 0),
    );
    const found = await materialsOn(client).getMany(['p1_a', 'p1_b', 'p1_c']);
    expect(found.map((material) => material.id).sort()).toEqual(['p1_a', 'p1_b', 'p1_c']);
    expect(requests.map((asked) => asked.length)).toEqual([3, 2, 1]);
  });

  it('still answers "absent" for an id that does not exist once every key was processed', async () => {
    const { client } = fakeClient(storedOf(materialItem('p1_a')), (attempt) =>
      attempt === 1 ? 1 : 0,
    );
    const found = await materialsOn(client).getMany(['p1_a', 'p1_missing']);
    expect(found.map((material) => material.id)).toEqual(['p1_a']);
  });

  it('fails as unavailable (503), after a bounded number of requests, when keys stay unread', async () => {
    const { client, requests } = fakeClient(storedOf(materialItem('p1_a')), () => 1);
    await expect(materialsOn(client).getMany(['p1_a', 'p1_b'])).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(requests).toHaveLength(BATCH_GET_ATTEMPTS);
  });
});

describe('readWithLink (an item and the reader’s link in one BatchGetItem)', () => {
  const linkItem = {
    _et: 'AgentLink',
    ...keys.agentLink('u1', 'p1'),
    gsi1pk: 'PERSON#p1',
    gsi1sk: 'LINK#u1',
    userId: 'u1',
    personId: 'p1',
    relationship: 'SELF',
    authorization: 'ACTIVE',
    requestedAt: '2026-12-01T00:00:00.000Z',
    person: {
      id: 'p1',
      name: '王五',
      idNumberMasked: '3401**********0011',
      gender: 'M',
      birthDate: '1960-01-01',
      insuranceType: 'EMPLOYEE',
      insuredRegion: '340100',
    },
  };

  const read = (client: DynamoDBDocumentClient) => {
    const entities = defineEntities(defineTable(client, TABLE));
    return readWithLink(
      entities,
      entities.Material.build(StoreRepository).batchGet(keys.material('p1_a')),
      (item) => ({ personId: String(item.personId), id: String(item.materialId) }),
      { userId: 'u1', personId: 'p1' },
    );
  };

  it('does not report a held-back link as "no access": it reads it again', async () => {
    const stored = {
      ...storedOf(materialItem('p1_a')),
      [`${linkItem.pk}|${linkItem.sk}`]: linkItem,
    };
    const { client, requests } = fakeClient(stored, (attempt) => (attempt === 1 ? 1 : 0));
    const { record, link } = await read(client);
    expect(record?.id).toBe('p1_a');
    expect(link?.authorization).toBe('ACTIVE');
    expect(requests).toHaveLength(2);
  });

  it('fails as unavailable rather than answering without the link', async () => {
    const stored = {
      ...storedOf(materialItem('p1_a')),
      [`${linkItem.pk}|${linkItem.sk}`]: linkItem,
    };
    const { client } = fakeClient(stored, () => 1);
    await expect(read(client)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('the answer to a read left incomplete', () => {
  it('is 503 SERVICE_UNAVAILABLE (retry as is), not 404 or 500', () => {
    expect(toAppError(new StoreUnavailableError('keys left'))?.toBody().error.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(toAppError(new StoreUnavailableError('keys left'))?.status).toBe(503);
  });
});
