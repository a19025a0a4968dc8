// Whether a material's stored object is the declared file, checked once per object version.
// Deployed, the ObjectCreated event (events/verifyUpload.ts) checks each upload as it lands and
// records the verdict; a filing finds it recorded. Locally, and whenever the event has not run
// yet, the first use checks it the same way. A recorded verdict holds for the ETag it checked:
// a replaced object is unchecked again.
//
// Recording: the verdict is the material's own state change and is written on its own (one
// conditional UpdateItem) before the filing's transaction, not inside it — a refused filing must
// still keep the verdict, so the same bad file is not downloaded and hashed again on every try.
import { MAX_MATERIAL_SIZE_BYTES } from '@yidi/shared';
import type { MaterialStorage } from '../../adapters/materialStorage';
import { verifyStoredObject, type MaterialVerification } from '../../security/uploadVerification';
import type { MaterialRecord, MaterialRepository } from '../../store';

export interface MaterialVerifier {
  /**
   * The verdict on the material's current object. `record: false` (a read such as GET
   * /materials/{id}) checks without writing.
   */
  verificationOf(
    material: MaterialRecord,
    now: Date,
    options?: { record?: boolean },
  ): Promise<MaterialVerification>;
}

export function materialVerifier(deps: {
  storage: Pick<MaterialStorage, 'head' | 'read'>;
  materials: Pick<MaterialRepository, 'recordVerification'>;
}): MaterialVerifier {
  return {
    async verificationOf(material, now, { record = true } = {}) {
      const checkedAt = now.toISOString();
      const head = await deps.storage.head(material.objectKey);
      // Nothing uploaded yet: not a verdict to keep (the upload may still come).
      if (!head) return { status: 'FAILED', reason: 'MISSING', checkedAt };
      const recorded = material.verification;
      if (recorded?.etag !== undefined && recorded.etag === head.etag) return recorded;
      // The size is known from the head: a wrong one needs no download.
      const stored =
        head.size === material.size
          ? await deps.storage.read(material.objectKey, MAX_MATERIAL_SIZE_BYTES)
          : { ...head, leadingBytes: new Uint8Array(), sha256: '' };
      const verdict = verifyStoredObject(material, stored, checkedAt);
      if (record) {
        await deps.materials.recordVerification(material.id, verdict);
      }
      return verdict;
    },
  };
}

/** With no storage to look at (unit tests on the memory store): only a recorded verdict counts. */
export const recordedVerificationOnly: MaterialVerifier = {
  async verificationOf(material, now) {
    return (
      material.verification ?? { status: 'FAILED', reason: 'MISSING', checkedAt: now.toISOString() }
    );
  },
};
