import { idempotencyKey } from './idempotencyKey';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotencyKey', () => {
  it.each([
    { name: 'all zero bytes', fill: 0x00, expected: '00000000-0000-4000-8000-000000000000' },
    { name: 'all one bits', fill: 0xff, expected: 'ffffffff-ffff-4fff-bfff-ffffffffffff' },
  ])('sets the version and variant bits ($name)', ({ fill, expected }) => {
    expect(idempotencyKey((length) => new Uint8Array(length).fill(fill))).toBe(expected);
  });

  it('draws 16 bytes from the random source', () => {
    const lengths: number[] = [];
    idempotencyKey((length) => {
      lengths.push(length);
      return new Uint8Array(length);
    });
    expect(lengths).toEqual([16]);
  });

  it('gives distinct version 4 UUIDs by default', () => {
    const keys = Array.from({ length: 50 }, () => idempotencyKey());
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
