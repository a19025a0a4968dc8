// Uploaded proof lives in S3 (s3rver locally). Clients upload straight to the bucket with a
// presigned POST whose policy pins the content type and the exact size (≤ 10 MB).
// The S3 SDK is loaded on first use, not at module init: every handler composes the runtime, most
// never touch S3, and loading client-s3 and the presigners costs ~180 ms of cold start. On Lambda
// they come from the runtime's SDK (serverless.yml custom.esbuild.exclude).
import type { S3Client } from '@aws-sdk/client-s3';

export interface PresignedUpload {
  url: string;
  method: 'POST';
  fields: Record<string, string>;
  expiresAt: string;
}

export interface MaterialStorage {
  presignUpload(input: {
    objectKey: string;
    contentType: string;
    size: number;
    now: Date;
  }): Promise<PresignedUpload>;
  presignDownload(objectKey: string, now: Date): Promise<{ url: string; expiresAt: string }>;
  /** Size of the stored object, or undefined if nothing was uploaded yet. */
  sizeOf(objectKey: string): Promise<number | undefined>;
}

const UPLOAD_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 5 * 60;

export interface S3Location {
  region: string;
  /** s3rver locally; absent in a deployed stage. */
  endpoint?: string;
  bucket: string;
}

async function createS3Client(options: S3Location): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  return new S3Client({
    region: options.region,
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        }
      : {}),
  });
}

export function s3MaterialStorage(location: S3Location): MaterialStorage {
  const { bucket } = location;
  let clientPromise: Promise<S3Client> | undefined;
  const s3 = () => (clientPromise ??= createS3Client(location));
  return {
    async presignUpload({ objectKey, contentType, size, now }) {
      const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
      const client = await s3();
      const { url, fields } = await createPresignedPost(client, {
        Bucket: bucket,
        Key: objectKey,
        Conditions: [
          ['content-length-range', size, size],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: UPLOAD_SECONDS,
      });
      return {
        url,
        method: 'POST',
        fields,
        expiresAt: new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString(),
      };
    },
    async presignDownload(objectKey, now) {
      const [{ GetObjectCommand }, { getSignedUrl }, client] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
        s3(),
      ]);
      const url = await getSignedUrl(
        client,
        new GetObjectCommand({ Bucket: bucket, Key: objectKey }),
        {
          expiresIn: DOWNLOAD_SECONDS,
        },
      );
      return { url, expiresAt: new Date(now.getTime() + DOWNLOAD_SECONDS * 1000).toISOString() };
    },
    async sizeOf(objectKey) {
      const [{ HeadObjectCommand }, client] = await Promise.all([
        import('@aws-sdk/client-s3'),
        s3(),
      ]);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey }));
        return head.ContentLength;
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
          ?.httpStatusCode;
        if (status === 404 || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },
  };
}
