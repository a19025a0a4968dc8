// National ID numbers are never a key in clear and never stored in clear: the key is an
// HMAC-SHA256 of the number (stable, so the same person is found again), the stored copy is
// AES-256-GCM encrypted (random IV, authenticated), and responses carry only the masked form.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  randomBytes,
} from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

export interface IdNumberProtection {
  /** Hex HMAC-SHA256: the lookup key. */
  hash(idNumber: string): string;
  /** 'v1.<base64 iv|tag|ciphertext>' */
  encrypt(plaintext: string): string;
  decrypt(sealed: string): string;
}

export function idNumberProtection(keys: {
  hmacKey: Buffer;
  encryptionKey: Buffer;
}): IdNumberProtection {
  // Imported once per runtime (cold start), not on every seal, open or hash.
  const hmacKey = createSecretKey(keys.hmacKey);
  const encryptionKey = createSecretKey(keys.encryptionKey);
  return {
    hash: (idNumber) => createHmac('sha256', hmacKey).update(idNumber, 'utf8').digest('hex'),
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const sealed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
      return `${FORMAT}.${sealed}`;
    },
    decrypt(sealed) {
      const [format, body] = sealed.split('.');
      if (format !== FORMAT || !body) throw new Error('Unknown sealed ID number format');
      const bytes = Buffer.from(body, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
