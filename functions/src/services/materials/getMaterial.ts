import { AppError } from '../../errors';
import type { MaterialStorage } from '../../adapters/materialStorage';
import type { Caller } from '../../middleware/types';
import type { MaterialRepository } from '../../store';
import { requireReadAccess } from '../access/readAccess';

export interface GetMaterialDeps {
  materials: Pick<MaterialRepository, 'getForReader'>;
  storage: Pick<MaterialStorage, 'presignDownload' | 'sizeOf'>;
}

/**
 * GET /v1/materials/{id}: metadata and, once the file is there, a short-lived download URL.
 * One strongly consistent BatchGetItem reads the material and the caller's link to the person
 * its id names. Readable by a linked account, or by a reviewer whose regions include the
 * person's insuredRegion (kept on the material): the region the person's filings are reviewed
 * in, so the reviewer can open the proof attached to them.
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
  // Uploaded means the declared file is there: S3 enforces the size in the POST policy, but a
  // stand-in may not, so the size is checked again here.
  const uploaded = (await deps.storage.sizeOf(material.objectKey)) === material.size;
  return {
    id: material.id,
    personId: material.personId,
    docType: material.docType,
    contentType: material.contentType,
    size: material.size,
    sha256: material.sha256,
    createdAt: material.createdAt,
    uploaded,
    ...(uploaded ? { download: await deps.storage.presignDownload(material.objectKey, now) } : {}),
  };
}
