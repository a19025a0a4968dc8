import { fixedClock } from '../clock';
import type { IdempotencyRecord } from '../store';
import { canonicalJson, idempotency, requestHashOf, type Replay } from './idempotency';
import type { HttpEvent, HttpResult } from './types';

const event = (routeKey: string, pathParameters?: Record<string, string>) =>
  ({ routeKey, pathParameters }) as unknown as HttpEvent;

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: 3, c: 4 }] }, '{"a":[2,{"c":4,"d":3}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['text', '"text"'],
    [undefined, 'null'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('requestHashOf', () => {
  it('ignores key order but not values, routes or path parameters', () => {
    const base = requestHashOf(event('POST /v1/filings'), { a: 1, b: 2 });
    expect(requestHashOf(event('POST /v1/filings'), { b: 2, a: 1 })).toBe(base);
    expect(requestHashOf(event('POST /v1/filings'), { a: 1, b: 3 })).not.toBe(base);
    expect(requestHashOf(event('POST /v1/persons'), { a: 1, b: 2 })).not.toBe(base);
    expect(requestHashOf(event('POST /v1/filings/{id}/changes', { id: 'x' }), {})).not.toBe(
      requestHashOf(event('POST /v1/filings/{id}/changes', { id: 'y' }), {}),
    );
  });
});

describe('idempotency middleware: a recorded key', () => {
  const requestHash = requestHashOf(event('POST /v1/filings/{id}/changes', { id: 'f1' }), {
    a: 1,
  });
  const recordOf = (record: IdempotencyRecord) => ({
    find: async () => record,
    findOnFiling: async () => {
      throw new Error('not a filing change');
    },
  });
  const replay: Replay = {
    referenceOf: () => ({ kind: 'filing', id: 'f1' }),
    read: async (reference) => ({ id: reference.id, version: 5, status: 'CANCELLED' }),
  };
  const keyed = () =>
    ({
      event: {
        routeKey: 'POST /v1/filings/{id}/changes',
        pathParameters: { id: 'f1' },
        headers: { 'idempotency-key': '6f1c2d3e-4a5b-4c6d-8e7f-101112131415' },
      },
      context: {
        scope: {
          body: { a: 1 },
          caller: { userId: 'u1', roles: ['INSURED'], regions: [] },
          clock: fixedClock('2027-01-20T02:00:00Z'),
        },
      },
    }) as unknown as Parameters<NonNullable<ReturnType<typeof idempotency>['before']>>[0];
  const before = (record: IdempotencyRecord) =>
    idempotency('required', recordOf(record), replay).before!(keyed());

  it('replays the re-read resource with the recorded status and the version it wrote', async () => {
    const answer = (await before({
      requestHash,
      outcome: { statusCode: 201, resource: { kind: 'filing', id: 'f1', version: 3 } },
    })) as HttpResult;
    expect(answer.statusCode).toBe(201);
    expect(answer.headers).toMatchObject({
      'idempotent-replay': 'true',
      'idempotent-replay-version': '3',
    });
    expect(JSON.parse(String(answer.body))).toEqual({ id: 'f1', version: 5, status: 'CANCELLED' });
  });

  it('refuses the key with another body (409)', async () => {
    await expect(
      before({
        requestHash: 'other',
        outcome: { statusCode: 200, resource: { kind: 'filing', id: 'f1', version: 3 } },
      }),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('does not run the change again for a record written before references (409, refresh)', async () => {
    await expect(before({ requestHash })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining('已经处理过'),
    });
  });
});
