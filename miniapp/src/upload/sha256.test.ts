import { createHash } from 'node:crypto';
import { sha256Hex } from './sha256';

const encode = (text: string) => Uint8Array.from(Buffer.from(text, 'utf8'));

describe('sha256Hex', () => {
  it.each([
    { input: '', expected: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { input: 'abc', expected: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
  ])('hashes "$input"', ({ input, expected }) => {
    expect(sha256Hex(encode(input))).toBe(expected);
  });

  it.each([55, 56, 63, 64, 65, 1000])('agrees with node for %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
    expect(sha256Hex(bytes.buffer)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
