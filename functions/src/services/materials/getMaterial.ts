import { AppError } from '../../errors';
import type { MaterialStorage } from '../../adapters/materialStorage';
import type { Caller } from '../../middleware/types';
import type { MaterialRepository } from '../../store';
import { requireReadAccess } from '../access/readAccess';
import type { MaterialVerifier } from './materialVerifier';

export interface GetMaterialDeps {
  materials: Pick<MaterialRepository, 'getForReader'>;
  storage: Pick<MaterialStorage, 'presignDownload'>;
  verifier: MaterialVerifier;
}

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' } as const;

/**
 * GET /v1/materials/{id}: metadata, whether the server verified the file, and — only then — a
 * short-lived download URL that saves it as an attachment of the verified type.
 * One strongly consistent BatchGetItem reads the material and the caller's link to the person
 * its id names. Readable by a linked account, or by a reviewer whose regions include the
 * person's insuredRegion (kept on the material): the region the person's filings are reviewed
 * in, so the reviewer can open the proof attached to them. A read writes nothing: an unchecked
 * file is checked here without recording the verdict (the upload event or first use records it).
 */
export async function getMaterial(
  deps: GetMaterialDeps,
  caller: Caller,
  materialId: string,
  now: Date,
) {
  const { material, link } = await deps.materials.getForReader(materialId, caller.userId);
  if (!material) throw new AppError('NOT_FOUND');
  // A PENDING agent sees only their own request: the material they uploaded themselves (the
  // authorization letter), nothing else of the person.
  const ownUpload = link !== undefined && material.createdBy === caller.userId;
  if (!ownUpload) requireReadAccess(caller, link, material.insuredRegion);
  const verdict = await deps.verifier.verificationOf(material, now, { record: false });
  const verified = verdict.status === 'VERIFIED' && verdict.contentType !== undefined;
  return {
    id: material.id,
    personId: material.personId,
    docType: material.docType,
    contentType: material.contentType,
    size: material.size,
    sha256: material.sha256,
    createdAt: material.createdAt,
    // `uploaded` is kept for older app versions: it now means the same as `verified`.
    uploaded: verified,
    verified,
    ...(verified && verdict.contentType
      ? {
          download: await deps.storage.presignDownload(material.objectKey, now, {
            contentType: verdict.contentType,
            fileName: `${material.docType.toLowerCase()}.${EXTENSIONS[verdict.contentType]}`,
          }),
        }
      : {}),
  };
}
