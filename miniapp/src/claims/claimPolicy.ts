// What the region's public policy (GET /v1/regions/{code}/policy, `claims`) offers a new claim:
// the cases, the kinds, and each kind's documents, listed before the person starts (HA-18).
// The page only reads the server's lists; it decides nothing.
import type { ClaimCase, ClaimKind, DocType, PublicPolicyView } from '@yidi/shared';

export type ClaimsView = PublicPolicyView['claims'];

export interface ClaimDocument {
  docType: DocType;
  label: string;
  alsoAccepted: DocType[];
}

export interface ClaimChoice<T extends string> {
  value: T;
  label: string;
}

interface CaseItem {
  case: string;
  label: string;
  filingRequired: boolean;
  kinds?: string[];
}

/** The cases the person can claim under: without a registration only those needing none. */
export function claimCases(view: ClaimsView, hasFiling: boolean): ClaimChoice<ClaimCase>[] {
  return (view.cases as CaseItem[])
    .filter((item) => hasFiling || !item.filingRequired)
    .map((item) => ({ value: item.case as ClaimCase, label: item.label }));
}

/** The kinds the chosen case covers (every kind when the case names none). */
export function claimKinds(view: ClaimsView, chosenCase?: ClaimCase): ClaimChoice<ClaimKind>[] {
  const caseItem = (view.cases as CaseItem[]).find((item) => item.case === chosenCase);
  return view.kinds
    .filter((item) => !caseItem?.kinds || caseItem.kinds.includes(item.kind))
    .map((item) => ({ value: item.kind as ClaimKind, label: item.label }));
}

export function claimDocuments(view: ClaimsView, kind: ClaimKind): ClaimDocument[] {
  const found = view.kinds.find((item) => item.kind === kind);
  return (found?.documents ?? []).map((item) => ({
    docType: item.docType as DocType,
    label: item.label,
    alsoAccepted: item.alsoAccepted as DocType[],
  }));
}

/** The clause text of a ruled item, e.g. 'AH-47 …第四十七条（全额自付费用结算后的3个月内）'. */
export function ruleLine(item: { rule: string; clause: string; value?: unknown }): string | null {
  if (item.value === null) return null;
  return `${item.clause}（${item.rule}）`;
}
