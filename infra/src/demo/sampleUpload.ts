// Demo proof files: a small JPEG (its real signature, then filler) uploaded through the presigned
// POST exactly as the app uploads, so the server's verification (size, type by first bytes,
// SHA-256) passes as it would for a real photo.
import { createHash } from 'node:crypto';
import type { PresignedUpload } from '../../../functions/src/adapters/materialStorage';

const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];

export function demoJpeg(seed: string, size = 2048): { bytes: Buffer; sha256: string } {
  const filler = Buffer.alloc(size - JPEG_START.length - 2, seed);
  const bytes = Buffer.concat([Buffer.from(JPEG_START), filler, Buffer.from([0xff, 0xd9])]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function uploadThrough(
  upload: PresignedUpload,
  bytes: Buffer,
  contentType: string,
): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }));
  const response = await fetch(upload.url, { method: 'POST', body: form });
  if (response.status >= 300) throw new Error(`demo upload failed: ${response.status}`);
}
