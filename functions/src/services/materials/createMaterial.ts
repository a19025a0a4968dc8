// POST /v1/materials: records the material and returns a presigned POST pinned to its content
// type and exact size. Uploading proof is acting for the person (ACTIVE link), except the
// authorization letter, which is how a PENDING agent proves they may act.
import type { CreateMaterialBody } from '@yidi/shared';
import type { MaterialStorage } from '../../adapters/materialStorage';
import type { Caller } from '../../middleware/types';
import {
  alsoWritesOf,
  newMaterialId,
  type AgentLinkRepository,
  type MaterialRepository,
  type ResultRecorder,
} from '../../store';
import { AppError } from '../../errors';
import {
  requirePersonAccess,
  requirePersonAccessOf,
  type PersonIntent,
} from '../access/personAccess';

export interface CreateMaterialDeps {
  agentLinks: Pick<AgentLinkRepository, 'get'>;
  materials: Pick<MaterialRepository, 'create'>;
  storage: Pick<MaterialStorage, 'presignUpload'>;
  /** The id's own part (a UUID); the id itself is `<personId>_<that>` (store/ids). */
  newId: () => string;
  /** Under an Idempotency-Key: the record of the response, written with the material. */
  recorder?: ResultRecorder;
}

export async function createMaterial(
  deps: CreateMaterialDeps,
  caller: Caller,
  body: CreateMaterialBody,
  now: Date,
) {
  const link = await requirePersonAccess(
    deps.agentLinks,
    caller,
    body.personId,
    uploadIntentOf(body.docType),
  );
  const id = newMaterialId(body.personId, deps.newId);
  const objectKey = `materials/${body.personId}/${id}`;
  // Presigning is local computation: the answer is known before the one write that records it.
  const upload = await deps.storage.presignUpload({
    objectKey,
    contentType: body.contentType,
    size: body.size,
    now,
  });
  const result = { id, upload };
  await deps.materials.create(
    {
      id,
      personId: body.personId,
      insuredRegion: link.person.insuredRegion,
      docType: body.docType,
      contentType: body.contentType,
      size: body.size,
      sha256: body.sha256,
      objectKey,
      createdBy: caller.userId,
      createdAt: now.toISOString(),
    },
    alsoWritesOf(result, deps.recorder),
  );
  return result;
}

/** The letter is part of the agent's own request: any link (even PENDING) may upload it. */
const uploadIntentOf = (docType: string): PersonIntent =>
  docType === 'AUTHORIZATION_LETTER' ? 'request' : 'act';

/**
 * The answer of POST /v1/materials as it would be now (an Idempotency-Key's replay): the recorded
 * material, with a fresh presigned POST for its object, under the same rule as the upload itself
 * (one consistent BatchGetItem: the material and the caller's link). Presigning again is local
 * computation; the form is pinned to the recorded type and size, as the first one was.
 */
export async function materialUpload(
  deps: Pick<CreateMaterialDeps, 'storage'> & {
    materials: Pick<MaterialRepository, 'getForReader'>;
  },
  caller: Caller,
  materialId: string,
  now: Date,
) {
  const { material, link } = await deps.materials.getForReader(materialId, caller.userId);
  if (!material) throw new AppError('NOT_FOUND');
  requirePersonAccessOf(link, uploadIntentOf(material.docType));
  const upload = await deps.storage.presignUpload({
    objectKey: material.objectKey,
    contentType: material.contentType,
    size: material.size,
    now,
  });
  return { id: material.id, upload };
}
