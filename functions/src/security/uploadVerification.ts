// What makes an uploaded file count (docs/api.md "Materials"): the stored object is the file that was
// declared — its exact size, its SHA-256, and a type read from its first bytes (not the type the
// upload claimed: a browser sends whatever the picker says, and HTML renamed to .pdf is not a
// PDF). Pure: the bytes come from the storage adapter.
import type { MaterialContentType } from '@yidi/shared';
import type { StoredObjectContent } from '../adapters/materialStorage';

export type VerificationFailure = 'MISSING' | 'SIZE' | 'TYPE' | 'SHA256';

export interface MaterialVerification {
  status: 'VERIFIED' | 'FAILED';
  reason?: VerificationFailure;
  /** The type read from the first bytes (VERIFIED only): what downloads are served as. */
  contentType?: MaterialContentType;
  /** The object version checked: a different ETag later means an unchecked file. */
  etag?: string;
  checkedAt: string;
}

/** File signatures ("magic numbers") of the types we accept. */
const SIGNATURES: ReadonlyArray<[MaterialContentType, readonly number[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

export function contentTypeBySignature(leading: Uint8Array): MaterialContentType | undefined {
  return SIGNATURES.find(([, signature]) =>
    signature.every((byte, index) => leading[index] === byte),
  )?.[0];
}

export interface DeclaredMaterial {
  contentType: MaterialContentType;
  size: number;
  sha256: string;
}

/** The verdict on one stored object (undefined: nothing was uploaded). */
export function verifyStoredObject(
  declared: DeclaredMaterial,
  stored: StoredObjectContent | undefined,
  checkedAt: string,
): MaterialVerification {
  if (!stored) return { status: 'FAILED', reason: 'MISSING', checkedAt };
  const failed = (reason: VerificationFailure): MaterialVerification => ({
    status: 'FAILED',
    reason,
    etag: stored.etag,
    checkedAt,
  });
  if (stored.size !== declared.size) return failed('SIZE');
  const sniffed = contentTypeBySignature(stored.leadingBytes);
  if (sniffed === undefined || sniffed !== declared.contentType) return failed('TYPE');
  if (stored.sha256 !== declared.sha256.toLowerCase()) return failed('SHA256');
  return { status: 'VERIFIED', contentType: sniffed, etag: stored.etag, checkedAt };
}
