// The return checklist (一次性告知, AH-12-1/2, HA-18): every ticked problem and the free text
// become the decision's notices at once.
import {
  DOC_TYPE_LABELS,
  type DocType,
  type ReviewDecision,
  type ReviewNotice,
} from '@yidi/shared';
import { zh } from '../i18n/zh';

export type ProblemKind = 'missing' | 'unclear' | 'expired';

export interface ChecklistItem {
  id: string;
  docType: DocType;
  kind: ProblemKind;
  problem: string;
}

/** One line per document the category may need and per kind of problem. */
export function checklistFor(docTypes: readonly DocType[]): ChecklistItem[] {
  const kinds: ProblemKind[] = ['missing', 'unclear', 'expired'];
  return docTypes.flatMap((docType) =>
    kinds.map((kind) => ({
      id: `${docType}.${kind}`,
      docType,
      kind,
      problem: zh.staff.problems[kind](DOC_TYPE_LABELS[docType]),
    })),
  );
}

export function noticesFrom(
  items: readonly ChecklistItem[],
  checkedIds: ReadonlySet<string>,
  otherProblem: string,
): ReviewNotice[] {
  const notices: ReviewNotice[] = items
    .filter((item) => checkedIds.has(item.id))
    .map((item) => ({ docType: item.docType, problem: item.problem }));
  const other = otherProblem.trim();
  return other ? [...notices, { problem: other }] : notices;
}

/** RETURN and REJECT must say why (the API refuses them without a notice). */
export function decisionReady(decision: ReviewDecision, notices: readonly ReviewNotice[]): boolean {
  return decision === 'APPROVE' || notices.length > 0;
}
