import { idNumberProtection } from './idNumberProtection';

const keys = { hmacKey: Buffer.alloc(32, 1), encryptionKey: Buffer.alloc(32, 2) };
const protection = idNumberProtection(keys);
const idNumber = '340303199001011234';

describe('idNumberProtection', () => {
  it('hashes deterministically and differently per key', () => {
    expect(protection.hash(idNumber)).toBe(protection.hash(idNumber));
    expect(protection.hash(idNumber)).toMatch(/^[0-9a-f]{64}$/);
    const other = idNumberProtection({ ...keys, hmacKey: Buffer.alloc(32, 3) });
    expect(other.hash(idNumber)).not.toBe(protection.hash(idNumber));
  });

  it('encrypts with a fresh IV and decrypts back', () => {
    const first = protection.encrypt(idNumber);
    const second = protection.encrypt(idNumber);
    expect(first).not.toBe(second);
    expect(first).not.toContain(idNumber);
    expect(protection.decrypt(first)).toBe(idNumber);
  });

  it.each([
    ['a tampered ciphertext', (sealed: string) => sealed.slice(0, -4) + 'AAAA'],
    ['an unknown format', (sealed: string) => sealed.replace('v1.', 'v0.')],
  ])('refuses %s', (_label, tamper) => {
    expect(() => protection.decrypt(tamper(protection.encrypt(idNumber)))).toThrow();
  });
});
