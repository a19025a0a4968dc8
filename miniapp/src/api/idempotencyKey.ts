// Idempotency-Key values (docs/api.md): a UUID v4 per submission, reused when the same submission
// is retried, so a double tap or a lost answer never files twice.

export type RandomBytes = (length: number) => Uint8Array;

/**
 * The best random source the platform has: Web Crypto on H5 and in tests. The WeChat JS
 * runtime has no synchronous Web Crypto; there Math.random is enough, because a key has to
 * be unique per user, not secret.
 */
function defaultRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const webCrypto = (globalThis as { crypto?: Pick<Crypto, 'getRandomValues'> }).crypto;
  if (webCrypto && typeof webCrypto.getRandomValues === 'function') {
    return webCrypto.getRandomValues(bytes);
  }
  for (let index = 0; index < length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  return bytes;
}

/** A random (version 4, RFC 9562) UUID in lowercase. */
export function idempotencyKey(randomBytes: RandomBytes = defaultRandomBytes): string {
  const bytes = randomBytes(16);
  // Version 4 in the high nibble of byte 6, variant 10xx in the high bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
