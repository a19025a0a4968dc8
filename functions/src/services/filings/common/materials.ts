// Uploaded materials named in a request must exist, belong to the person the filing is for and
// have a verified file (services/materials/materialVerifier); anything else is a field the user
// must fix (422), told per field.
import { DOC_TYPE_LABELS, type DocType } from '@yidi/shared';
import { AppError } from '../../../errors';
import type { MaterialRecord, MaterialRepository } from '../../../store';
import type { MaterialVerifier } from '../../materials/materialVerifier';

export interface MaterialReference {
  /** Field path for the error, e.g. 'proof.materialIds'. */
  field: string;
  ids: string[];
  /** When set, every material here must be of this type. */
  docType?: DocType;
}

const MISSING = '找不到这份材料，请重新上传';
const WRONG_TYPE = (expected: DocType) => `这里需要上传“${DOC_TYPE_LABELS[expected]}”，请重新选择`;

const NOT_VERIFIED =
  '这份材料还没有上传成功，或文件与所选的不一致（类型、大小或校验码不符），请重新上传';

/**
 * Every referenced material, checked; throws VALIDATION_FAILED listing every bad field at once,
 * then MATERIAL_NOT_VERIFIED naming each field whose file the server has not verified.
 */
export async function resolveMaterials(
  materials: Pick<MaterialRepository, 'getMany'>,
  personId: string,
  references: MaterialReference[],
  verification: { verifier: MaterialVerifier; now: Date },
): Promise<Map<string, MaterialRecord>> {
  const ids = [...new Set(references.flatMap((reference) => reference.ids))];
  const found = new Map(
    (await materials.getMany(ids))
      .filter((material) => material.personId === personId)
      .map((material) => [material.id, material]),
  );
  const fields: Record<string, string> = {};
  for (const reference of references) {
    for (const id of reference.ids) {
      const material = found.get(id);
      if (!material) fields[reference.field] = MISSING;
      else if (reference.docType && material.docType !== reference.docType) {
        fields[reference.field] = WRONG_TYPE(reference.docType);
      }
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', { fields });

  const verdicts = new Map(
    await Promise.all(
      [...found.values()].map(
        async (material) =>
          [
            material.id,
            await verification.verifier.verificationOf(material, verification.now),
          ] as const,
      ),
    ),
  );
  for (const reference of references) {
    for (const id of reference.ids) {
      if (verdicts.get(id)?.status !== 'VERIFIED') fields[reference.field] = NOT_VERIFIED;
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError('MATERIAL_NOT_VERIFIED', { fields });
  return found;
}

export function docTypesOf(found: Map<string, MaterialRecord>, ids: readonly string[]): DocType[] {
  return [
    ...new Set(
      ids.flatMap((id) => {
        const material = found.get(id);
        return material ? [material.docType] : [];
      }),
    ),
  ];
}
