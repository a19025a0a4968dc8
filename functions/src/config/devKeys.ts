// Fixed keys for the local and test stages only. They are public (they are in git), so a
// deployed stage refuses to start if any of them is configured (see stage.ts).
export const devKeys = {
  jwtSecret: 'local-development-jwt-secret-do-not-deploy-0001',
  /** base64 of 32 bytes */
  idHmacKey: 'bG9jYWwtZGV2LWhtYWMta2V5LWRvLW5vdC1kZXBsb3k=',
  /** base64 of 32 bytes */
  idEncryptionKey: 'bG9jYWwtZGV2LWFlcy1rZXktMzItYnl0ZXMtbm90LXY=',
} as const;
