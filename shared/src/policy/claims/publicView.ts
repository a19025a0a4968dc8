// The claim rules as GET /v1/regions/{code}/policy shows them: every item with its rule and
// clause, plus the Chinese labels the app lists before the person starts (HA-18).
import {
  CLAIM_CASE_LABELS,
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  DOC_TYPE_LABELS,
} from '../../schemas/enums';
import type { RegionPolicy } from '../types';

export function claimsPolicyView(policy: RegionPolicy) {
  const claims = policy.claims;
  return {
    kinds: CLAIM_KINDS.map((kind) => ({
      kind,
      label: CLAIM_KIND_LABELS[kind],
      documents: claims.documents.value[kind].map((item) => ({
        ...item,
        docTypeLabel: DOC_TYPE_LABELS[item.docType],
      })),
    })),
    cases: claims.cases.map((item) => ({ ...item, label: CLAIM_CASE_LABELS[item.case] })),
    documents: { rule: claims.documents.rule, clause: claims.documents.clause },
    noExtraDocuments: claims.noExtraDocuments,
    allMissingAtOnce: claims.allMissingAtOnce,
    deadline: claims.deadline,
    extension: claims.extension,
    forfeitedAfterDeadline: claims.forfeitedAfterDeadline,
    payment: claims.payment,
    reviewWorkingDays: claims.reviewWorkingDays,
    oneSettlementPerAdmission: claims.oneSettlementPerAdmission,
  };
}

export type ClaimsPolicyView = ReturnType<typeof claimsPolicyView>;
