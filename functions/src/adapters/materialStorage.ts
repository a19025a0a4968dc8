// Uploaded proof lives in S3 (s3rver locally). Clients upload straight to the bucket with a
// presigned POST whose policy pins the content type and the exact size (≤ 10 MB).
// The S3 SDK is loaded on first use, not at module init: every handler composes the runtime, most
// never touch S3, and loading client-s3 and the presigners costs ~180 ms of cold start. On Lambda
// they come from the runtime's SDK (serverless.yml custom.esbuild.exclude).
import { createHash } from 'node:crypto';
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
  /**
   * A download that saves the file (`Content-Disposition: attachment`) as `contentType`, the type
   * the server verified by the file's first bytes, whatever type the upload claimed.
   */
  presignDownload(
    objectKey: string,
    now: Date,
    as: { contentType: string; fileName: string },
  ): Promise<{ url: string; expiresAt: string }>;
  /** Size and ETag of the stored object, or undefined if nothing was uploaded yet. */
  head(objectKey: string): Promise<StoredObjectHead | undefined>;
  /**
   * The stored object read once, hashed as it streams: its first bytes and SHA-256. Reading stops
   * past `maxBytes` (then `size` is larger than `maxBytes` and `sha256` is empty).
   */
  read(objectKey: string, maxBytes: number): Promise<StoredObjectContent | undefined>;
}

export interface StoredObjectHead {
  size: number;
  /** Changes whenever the object is replaced: a verification holds for one ETag. */
  etag: string;
}

export interface StoredObjectContent extends StoredObjectHead {
  /** The first LEADING_BYTES bytes (fewer if the object is shorter). */
  leadingBytes: Uint8Array;
  /** Lowercase hex. */
  sha256: string;
}

export const LEADING_BYTES = 16;

const UPLOAD_SECONDS = 15 * 60;
const DOWNLOAD_SECONDS = 5 * 60;

export interface S3Location {
  region: string;
  /** s3rver locally; absent in a deployed stage. */
  endpoint?: string;
  bucket: string;
}

/** The S3 client of a location (s3rver with its fixed credentials locally). */
export async function createS3Client(options: S3Location): Promise<S3Client> {
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
    async presignDownload(objectKey, now, { contentType, fileName }) {
      const [{ GetObjectCommand }, { getSignedUrl }, client] = await Promise.all([
        import('@aws-sdk/client-s3'),
        import('@aws-sdk/s3-request-presigner'),
        s3(),
      ]);
      const url = await getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: bucket,
          Key: objectKey,
          // Never rendered inline by a browser or web view: a file is a file, not a page.
          ResponseContentDisposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
          ResponseContentType: contentType,
        }),
        { expiresIn: DOWNLOAD_SECONDS },
      );
      return { url, expiresAt: new Date(now.getTime() + DOWNLOAD_SECONDS * 1000).toISOString() };
    },
    async head(objectKey) {
      const [{ HeadObjectCommand }, client] = await Promise.all([
        import('@aws-sdk/client-s3'),
        s3(),
      ]);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey }));
        return { size: head.ContentLength ?? 0, etag: head.ETag ?? '' };
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async read(objectKey, maxBytes) {
      const [{ GetObjectCommand }, client] = await Promise.all([
        import('@aws-sdk/client-s3'),
        s3(),
      ]);
      let object;
      try {
        object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
      const body = object.Body as AsyncIterable<Uint8Array> & { destroy?: () => void };
      const hash = createHash('sha256');
      const leading: number[] = [];
      let size = 0;
      for await (const chunk of body) {
        size += chunk.length;
        if (size > maxBytes) {
          body.destroy?.();
          return {
            size,
            etag: object.ETag ?? '',
            leadingBytes: Uint8Array.from(leading),
            sha256: '',
          };
        }
        for (let index = 0; index < chunk.length && leading.length < LEADING_BYTES; index += 1) {
          leading.push(chunk[index]!);
        }
        hash.update(chunk);
      }
      return {
        size,
        etag: object.ETag ?? '',
        leadingBytes: Uint8Array.from(leading),
        sha256: hash.digest('hex'),
      };
    },
  };
}

function isNotFound(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (error as { name?: string }).name;
  return status === 404 || name === 'NotFound' || name === 'NoSuchKey';
}
