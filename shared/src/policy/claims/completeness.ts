// HA-18: the documents each kind of care needs, every missing one told at once ("应一次性告知补齐
// 材料"), and never more than the list ("不得随意增加其他材料").
import type { ClaimKind, DocType } from '../../schemas/enums';
import type { RegionPolicy } from '../types';

/** The docTypes of the kind's list the provided documents do not cover, in the list's order. */
export function missingClaimDocuments(
  policy: RegionPolicy,
  kind: ClaimKind,
  provided: readonly DocType[],
): DocType[] {
  const have = new Set(provided);
  return policy.claims.documents.value[kind]
    .filter((item) => !have.has(item.docType) && !item.alsoAccepted.some((alt) => have.has(alt)))
    .map((item) => item.docType);
}

/** The docTypes a kind's list names (with their stand-ins): anything else is not asked for. */
export function claimDocumentTypes(policy: RegionPolicy, kind: ClaimKind): DocType[] {
  return policy.claims.documents.value[kind].flatMap((item) => [
    item.docType,
    ...item.alsoAccepted,
  ]);
}
