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
import { requirePersonAccess } from '../access/personAccess';

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
  // The letter is part of the agent's own request: any link (even PENDING) may upload it.
  const intent = body.docType === 'AUTHORIZATION_LETTER' ? 'request' : 'act';
  const link = await requirePersonAccess(deps.agentLinks, caller, body.personId, intent);
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
