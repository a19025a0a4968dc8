// The `verifyUpload` Lambda (serverless.yml, S3 ObjectCreated on the materials bucket): checks each
// stored object as it lands — size, type by its first bytes, SHA-256 against the declared one —
// and records the verdict on its material (one conditional UpdateItem), so a filing citing it
// finds it verified. A replaced object raises the event again and is checked again.
import type { S3Event } from 'aws-lambda';
import { systemClock } from '../clock';
import { runtimeFromEnvironment, type RuntimeOf } from '../runtime';
import { uploadCheckRecipe } from '../runtime/recipes';
import { materialVerifier } from '../services/materials/materialVerifier';

export interface VerifyUploadReport {
  verified: number;
  failed: number;
  /** Objects that name no material (not ours, or the material was never recorded). */
  unknown: number;
}

/** `materials/<personId>/<materialId>` → materialId; the key arrives URL-encoded. */
export function materialIdOfObjectKey(encodedKey: string): string | undefined {
  let key: string;
  try {
    key = decodeURIComponent(encodedKey.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  const match = /^materials\/([^/]+)\/([^/]+)$/.exec(key);
  return match?.[2];
}

export function buildVerifyUpload(
  runtime: RuntimeOf<typeof uploadCheckRecipe>,
): (event: S3Event) => Promise<VerifyUploadReport> {
  const verifier = materialVerifier({
    storage: runtime.storage,
    materials: runtime.store.materials,
  });
  return async (event) => {
    const report: VerifyUploadReport = { verified: 0, failed: 0, unknown: 0 };
    for (const record of event.Records ?? []) {
      const materialId = materialIdOfObjectKey(record.s3?.object?.key ?? '');
      const material = materialId ? await runtime.store.materials.get(materialId) : undefined;
      if (!material) {
        report.unknown += 1;
        continue;
      }
      // Checked from the object as it is now (not the event's size or ETag, which a later
      // overwrite may already have outdated), and recorded for the ETag actually read.
      const verdict = await verifier.verificationOf(
        { ...material, verification: undefined },
        systemClock.now(),
      );
      if (verdict.status === 'VERIFIED') report.verified += 1;
      else report.failed += 1;
    }
    // Counts only: object keys carry person ids, which stay out of the logs.
    runtime.logger.info('uploads verified', { ...report });
    return report;
  };
}

let handlerForEnvironment: ((event: S3Event) => Promise<VerifyUploadReport>) | undefined;

export const handler = async (event: S3Event) => {
  handlerForEnvironment ??= buildVerifyUpload(await runtimeFromEnvironment(uploadCheckRecipe));
  return handlerForEnvironment(event);
};
