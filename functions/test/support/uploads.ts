// Files for upload tests, and a direct PUT into the test bucket (s3rver) as a client's presigned
// POST would leave it. Each sample starts with its type's real signature.
import { createHash, randomBytes } from 'node:crypto';
import type { MaterialContentType } from '@yidi/shared';
import type { Runtime } from '../../src/runtime';

const SIGNATURES: Record<MaterialContentType, Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  'image/png': Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
  ]),
  'application/pdf': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
};

/** A small file of that type (its signature, then random bytes): unique, so its hash is too. */
export function sampleFile(contentType: MaterialContentType, size = 600): Buffer {
  return Buffer.concat([
    SIGNATURES[contentType],
    randomBytes(size - SIGNATURES[contentType].length),
  ]);
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Puts `bytes` at `objectKey` in the runtime's bucket; returns the object's ETag. */
export async function putObject(
  runtime: Runtime,
  objectKey: string,
  bytes: Buffer,
  contentType: string,
): Promise<string> {
  const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    region: runtime.config.region,
    endpoint: runtime.config.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  try {
    const put = await client.send(
      new PutObjectCommand({
        Bucket: runtime.config.bucketName,
        Key: objectKey,
        Body: bytes,
        ContentType: contentType,
      }),
    );
    return put.ETag ?? '';
  } finally {
    client.destroy();
  }
}
