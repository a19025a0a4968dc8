import { canonicalJson, requestHashOf } from './idempotency';
import type { HttpEvent } from './types';

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
