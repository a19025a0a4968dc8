// Export files in the bucket (exports/…): written as they are produced, never held whole. Bytes
// are buffered to PART_BYTES and sent as multipart-upload parts; an export that ends before its
// first part is full is one PutObject. The SDK loads on first use (see materialStorage.ts).
import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client, type S3Location } from './materialStorage';

/** S3's smallest part but the last (5 MiB); a 100 000-row export is a handful of parts. */
export const PART_BYTES = 5 * 1024 * 1024;

export interface ObjectUpload {
  write(chunk: Uint8Array): Promise<void>;
  /** Sends what is buffered and ends the object. */
  complete(): Promise<{ bytes: number; parts: number }>;
  /** Drops an unfinished object (a failed job leaves no parts billed). */
  abort(): Promise<void>;
}

export interface ExportFileStorage {
  openUpload(objectKey: string, contentType: string): Promise<ObjectUpload>;
}

/** `partBytes` below 5 MiB only against s3rver (tests: several parts from a small export). */
export function s3ExportFileStorage(
  location: S3Location,
  partBytes = PART_BYTES,
): ExportFileStorage {
  const { bucket } = location;
  let clientPromise: Promise<S3Client> | undefined;
  const s3 = () => (clientPromise ??= createS3Client(location));
  return {
    async openUpload(objectKey, contentType) {
      const [sdk, client] = await Promise.all([import('@aws-sdk/client-s3'), s3()]);
      const target = { Bucket: bucket, Key: objectKey };
      let buffered: Uint8Array[] = [];
      let bufferedBytes = 0;
      let bytes = 0;
      let uploadId: string | undefined;
      const parts: { ETag: string; PartNumber: number }[] = [];

      const take = () => {
        const body = Buffer.concat(buffered, bufferedBytes);
        buffered = [];
        bufferedBytes = 0;
        return body;
      };
      const sendPart = async (body: Buffer) => {
        uploadId ??= (
          await client.send(
            new sdk.CreateMultipartUploadCommand({ ...target, ContentType: contentType }),
          )
        ).UploadId;
        const PartNumber = parts.length + 1;
        const { ETag } = await client.send(
          new sdk.UploadPartCommand({ ...target, UploadId: uploadId, PartNumber, Body: body }),
        );
        parts.push({ ETag: ETag ?? '', PartNumber });
      };

      return {
        async write(chunk) {
          buffered.push(chunk);
          bufferedBytes += chunk.length;
          bytes += chunk.length;
          if (bufferedBytes >= partBytes) await sendPart(take());
        },
        async complete() {
          if (uploadId === undefined) {
            await client.send(
              new sdk.PutObjectCommand({ ...target, ContentType: contentType, Body: take() }),
            );
            return { bytes, parts: 1 };
          }
          if (bufferedBytes > 0) await sendPart(take());
          await client.send(
            new sdk.CompleteMultipartUploadCommand({
              ...target,
              UploadId: uploadId,
              MultipartUpload: { Parts: parts },
            }),
          );
          return { bytes, parts: parts.length };
        },
        async abort() {
          if (uploadId === undefined) return;
          await client.send(new sdk.AbortMultipartUploadCommand({ ...target, UploadId: uploadId }));
        },
      };
    },
  };
}
